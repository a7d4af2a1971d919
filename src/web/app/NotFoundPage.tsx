import { Anchor, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { PublicLayout } from '../components/index.js';

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <PublicLayout titleId="notFound.title">
      <Text mb="md">
        <FormattedMessage id="notFound.text" />
      </Text>
      <Anchor component={Link} to="/">
        <FormattedMessage id="notFound.home" />
      </Anchor>
    </PublicLayout>
  );
}
