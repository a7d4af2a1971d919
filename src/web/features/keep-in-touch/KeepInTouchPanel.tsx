import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError, schemeText } from '../../components/index.js';
import { useFormat, useLocale } from '../../i18n/index.js';
import type { Relationship } from '../relationships/index.js';
import { todayIn } from '../../shared/index.js';
import { overdueDaysOf } from './due.js';
import { DueText } from './DueText.js';
import { SnoozeHistory } from './SnoozeHistory.js';
import { SnoozeMenu } from './SnoozeMenu.js';
import { useEndSnooze } from './useSnooze.js';

interface Props {
  workspaceId: string;
  relationship: Relationship;
  canEdit: boolean;
}

/**
 * The relationship page's keep-in-touch card: when contact is due, the live snooze with Snooze / End snooze, and past
 * snoozes.
 */
export function KeepInTouchPanel({ workspaceId, relationship: r, canEdit }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const { timeZone } = useLocale();
  const end = useEndSnooze(workspaceId);
  const snoozed = Boolean(r.snoozedUntil);
  return (
    <Paper withBorder p="md" radius="md" data-testid="keep-in-touch-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            <FormattedMessage id="keepInTouch.title" />
          </Title>
          {canEdit && r.status === 'active' ? (
            snoozed ? (
              <Button
                size="xs"
                variant="default"
                loading={end.isPending}
                data-testid="end-snooze"
                onClick={() => end.mutate(r.id, { onError: (error) => notifyError(intl, error) })}
              >
                <FormattedMessage id="snooze.end" />
              </Button>
            ) : (
              <SnoozeMenu workspaceId={workspaceId} target={{ relationshipId: r.id, partnerName: r.partner.name }} />
            )
          ) : null}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">
            <FormattedMessage id="relationship.nextContactOn" values={{ date: format.day(r.nextContactDue) }} />
          </Text>
          {r.status === 'active' ? <DueText overdueDays={overdueDaysOf(r.nextContactDue, todayIn(timeZone))} /> : null}
        </Group>
        {r.snoozedUntil ? (
          <Text size="sm" c={schemeText('blue')} data-testid="snoozed-until">
            <FormattedMessage id="snooze.snoozedUntil" values={{ date: format.day(r.snoozedUntil) }} />
          </Text>
        ) : null}
        <Divider label={intl.formatMessage({ id: 'snooze.history' })} labelPosition="left" />
        <SnoozeHistory workspaceId={workspaceId} relationshipId={r.id} />
      </Stack>
    </Paper>
  );
}
