import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/index.js';
import { ErrorAlert, PageLoader, PublicLayout } from '../../components/index.js';
import { isolated } from '../notifications/index.js';
import { useUnsubscribe, useUnsubscription } from './reminders.queries.js';

/** Opened from a reminder email's link, signed in or not: says what will stop, and stops it on a click. */
export function UnsubscribePage() {
  const intl = useIntl();
  const token = useSearchParams()[0].get('token') ?? '';
  const details = useUnsubscription(token);
  const unsubscribe = useUnsubscribe(token);
  const invalid = !token || (details.error instanceof ApiError && details.error.status === 400);
  const d = details.data;
  const values = d
    ? isolated({
        kind: intl.formatMessage({ id: `reminders.kind.${d.kind}` }),
        workspace: d.workspaceName,
        email: d.email,
      })
    : {};

  return (
    <PublicLayout titleId="unsubscribe.title">
      <Stack data-testid="unsubscribe">
        {invalid ? (
          <Alert color="red" variant="light" data-testid="unsubscribe-invalid">
            <FormattedMessage id="unsubscribe.invalid" />
          </Alert>
        ) : details.isPending ? (
          <PageLoader />
        ) : details.error ? (
          <ErrorAlert error={details.error} />
        ) : unsubscribe.isSuccess ? (
          <Alert color="green" variant="light" data-testid="unsubscribe-done">
            <FormattedMessage id="unsubscribe.done" values={values} />
          </Alert>
        ) : (
          <>
            <Text>
              <FormattedMessage id="unsubscribe.confirm" values={{ ...values, b: (chunks) => <b>{chunks}</b> }} />
            </Text>
            <ErrorAlert error={unsubscribe.error} />
            <Button
              color="red"
              onClick={() => unsubscribe.mutate()}
              loading={unsubscribe.isPending}
              data-testid="unsubscribe-confirm"
            >
              <FormattedMessage id="unsubscribe.button" />
            </Button>
          </>
        )}
        <Text size="sm" c="dimmed">
          <FormattedMessage
            id="unsubscribe.settingsHint"
            values={{
              // A link inside a sentence is underlined: colour alone does not set it apart (WCAG 1.4.1).
              link: (chunks) => (
                <Anchor component={Link} to="/" size="sm" underline="always">
                  {chunks}
                </Anchor>
              ),
            }}
          />
        </Text>
      </Stack>
    </PublicLayout>
  );
}
