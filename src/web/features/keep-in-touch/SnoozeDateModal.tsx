import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField, ErrorAlert } from '../../components/index.js';
import { useErrorText, useFormat } from '../../i18n/index.js';
import { isolated } from '../notifications/index.js';
import { snoozeBounds } from './snoozeDates.js';
import { type SnoozeTarget, useSnooze } from './useSnooze.js';

interface Props {
  workspaceId: string;
  target: SnoozeTarget;
  today: string;
  onClose: () => void;
}

/** Picks the last day of a snooze; the API's refusals (`date_not_future`, `date_too_far`) show on the field. */
export function SnoozeDateModal({ workspaceId, target, today, onClose }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const snooze = useSnooze(workspaceId);
  const errors = useErrorText(snooze.error);
  const bounds = snoozeBounds(today);
  const [until, setUntil] = useState(bounds.min);
  const fieldError = errors?.fields.until;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    snooze.mutate({ target, until }, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={intl.formatMessage({ id: 'snooze.pickTitle' }, isolated({ name: target.partnerName }))}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
    >
      <form onSubmit={submit} noValidate data-testid="snooze-date-form">
        <Stack>
          <DateField
            label={intl.formatMessage({ id: 'snooze.until' })}
            value={until}
            min={bounds.min}
            max={bounds.max}
            onChange={(v) => setUntil(v)}
            error={fieldError}
            data-testid="snooze-date"
          />
          {/* Spelt out too, month by name, so a typed date is read back before it is saved. */}
          {until ? (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="snooze.untilDate" values={{ date: format.day(until) }} />
            </Text>
          ) : null}
          {errors && !fieldError ? <ErrorAlert error={snooze.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button type="submit" loading={snooze.isPending} disabled={!until} data-testid="snooze-save">
              <FormattedMessage id="snooze.action" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
