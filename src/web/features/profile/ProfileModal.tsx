import { Button, Divider, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { User } from '../../api/index.js';
import { ErrorAlert, notifySaved, useFieldErrors } from '../../components/index.js';
import { CalendarFeedPanel } from '../calendar/index.js';
import { useUpdateProfile } from './profile.queries.js';
import { timeZoneOptions } from '../../shared/index.js';

/** Edits the user's name and time zone; and their private calendar feed address. */
export function ProfileModal({ user, onClose }: { user: User; onClose: () => void }) {
  const intl = useIntl();
  const update = useUpdateProfile();
  const fieldError = useFieldErrors(update.error);
  const [name, setName] = useState(user.name);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const zones = useMemo(() => timeZoneOptions(Intl.supportedValuesOf('timeZone'), user.timeZone), [user.timeZone]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { name, timeZone },
      {
        onSuccess: () => {
          notifySaved(intl);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      opened
      onClose={onClose}
      title={intl.formatMessage({ id: 'profile.title' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={update.error} />
          <TextInput
            label={intl.formatMessage({ id: 'field.name' })}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
          />
          <Select
            label={intl.formatMessage({ id: 'profile.timeZone' })}
            data={zones}
            value={timeZone}
            onChange={(value) => setTimeZone(value ?? user.timeZone)}
            searchable
            allowDeselect={false}
            nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound' })}
            error={fieldError('timeZone')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button type="submit" loading={update.isPending}>
              <FormattedMessage id="common.save" />
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="md" label={intl.formatMessage({ id: 'feed.title' })} labelPosition="left" />
      <CalendarFeedPanel />
    </Modal>
  );
}
