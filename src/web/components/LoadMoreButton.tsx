import { Button, Center } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

interface Props {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
}

/** Fetches the next page of a cursor-paginated list. */
export function LoadMoreButton({ hasMore, loading, onClick }: Props) {
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onClick}>
        <FormattedMessage id="common.loadMore" />
      </Button>
    </Center>
  );
}
