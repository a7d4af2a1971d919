import { Badge, Button, Table, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError, schemeText } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { type OutboxMessage, type OutboxStatus, useRetryMessage } from './outbox.queries.js';

const STATUS_COLORS: Record<OutboxStatus, string> = { queued: 'yellow', sent: 'green', failed: 'red' };

/** One email: to, subject, status, attempts, last attempt and error; a failed one can be retried. */
export function OutboxRow({
  workspaceId,
  message: m,
  onOpen,
}: {
  workspaceId: string;
  message: OutboxMessage;
  onOpen: () => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const retry = useRetryMessage(workspaceId);
  return (
    <Table.Tr style={{ cursor: 'pointer' }} onClick={onOpen} data-testid="outbox-row" data-status={m.status}>
      <Table.Td>
        <Text size="sm" dir="ltr" span>
          {m.to}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" dir="auto">
          {m.subject}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[m.status]} variant="light" style={{ minWidth: 'max-content' }}>
          <FormattedMessage id={`outbox.status.${m.status}`} />
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.dateTime(m.sentAt ?? m.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.number(m.attempts)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {m.lastAttemptAt ? format.dateTime(m.lastAttemptAt) : '—'}
        </Text>
      </Table.Td>
      <Table.Td maw={260}>
        {m.error ? (
          <Tooltip label={m.error} multiline maw={360} withinPortal>
            {/* The SMTP server's own words: not translated, kept left to right. */}
            <Text size="xs" c={schemeText('red')} dir="ltr" lineClamp={2} data-testid="outbox-error">
              {m.error}
            </Text>
          </Tooltip>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        {m.status === 'failed' ? (
          <Button
            size="compact-xs"
            variant="light"
            loading={retry.isPending}
            data-testid="outbox-retry"
            onClick={(event) => {
              event.stopPropagation();
              retry.mutate(m.id, { onError: (error) => notifyError(intl, error) });
            }}
          >
            <FormattedMessage id="outbox.retry" />
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
