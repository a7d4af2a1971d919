import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { useCalendarFeed, useCreateFeed, useRevokeFeed } from './feed.queries.js';

/**
 * The user's private calendar address for calendar apps: make it (shown once, with a copy button),
 * make a new one (the old one stops working) or turn it off. Later only its beginning is shown.
 */
export function CalendarFeedPanel() {
  const intl = useIntl();
  const format = useFormat();
  const feed = useCalendarFeed();
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [fresh, setFresh] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);
  const data = feed.data;
  const make = () =>
    create.mutate(undefined, {
      onSuccess: (made) => {
        setFresh(made.url);
        setConfirming(null);
      },
    });
  const turnOff = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setFresh(null);
        setConfirming(null);
      },
    });

  return (
    <Stack gap="sm" data-testid="calendar-feed">
      <Text size="sm">
        <FormattedMessage id="feed.intro" />
      </Text>
      <ErrorAlert error={feed.error ?? create.error ?? revoke.error} />
      {data && !data.active ? (
        <Button onClick={make} loading={create.isPending} style={{ alignSelf: 'flex-start' }} data-testid="feed-create">
          <FormattedMessage id="feed.create" />
        </Button>
      ) : null}
      {data?.active ? (
        <>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              readOnly
              style={{ flex: 1 }}
              dir="ltr"
              label={intl.formatMessage({ id: 'feed.address' })}
              value={fresh ?? data.urlHint ?? ''}
              data-testid="feed-url"
              onFocus={(e) => e.currentTarget.select()}
            />
            {fresh ? (
              <CopyButton value={fresh}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'filled'}
                    color={copied ? 'green' : undefined}
                    onClick={copy}
                    data-testid="feed-copy"
                  >
                    <FormattedMessage id={copied ? 'common.copied' : 'common.copy'} />
                  </Button>
                )}
              </CopyButton>
            ) : null}
          </Group>
          {fresh ? (
            <Alert color="yellow" variant="light">
              <FormattedMessage id="feed.shownOnce" />
            </Alert>
          ) : null}
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="feed.since"
              values={{ date: data.createdAt ? format.dateTime(data.createdAt) : '—' }}
            />
            {' · '}
            {data.lastUsedAt ? (
              <FormattedMessage id="feed.lastUsed" values={{ date: format.dateTime(data.lastUsedAt) }} />
            ) : (
              <FormattedMessage id="feed.neverUsed" />
            )}
          </Text>
          {confirming ? (
            <Alert color="orange" variant="light" data-testid="feed-confirm">
              <Stack gap="xs">
                <Text size="sm">
                  <FormattedMessage id={confirming === 'rotate' ? 'feed.rotateConfirm' : 'feed.revokeConfirm'} />
                </Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    color={confirming === 'revoke' ? 'red' : undefined}
                    loading={create.isPending || revoke.isPending}
                    onClick={confirming === 'rotate' ? make : turnOff}
                    data-testid="feed-confirm-yes"
                  >
                    <FormattedMessage id={confirming === 'rotate' ? 'feed.rotate' : 'feed.revoke'} />
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                    <FormattedMessage id="common.cancel" />
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setConfirming('rotate')} data-testid="feed-rotate">
                <FormattedMessage id="feed.rotate" />
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => setConfirming('revoke')}
                data-testid="feed-revoke"
              >
                <FormattedMessage id="feed.revoke" />
              </Button>
            </Group>
          )}
        </>
      ) : null}
    </Stack>
  );
}
