import { Button, Group, Paper, Switch, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifySaved } from '../../components/index.js';
import { type ReminderSetting, useSaveReminders } from './reminders.queries.js';

type Channel = 'byEmail' | 'inApp';
const CHANNELS: Channel[] = ['byEmail', 'inApp'];

/** The three reminder kinds, each with an "Email" and an "In the app" switch. */
export function RemindersForm({ workspaceId, saved }: { workspaceId: string; saved: ReminderSetting[] }) {
  const intl = useIntl();
  const save = useSaveReminders(workspaceId);
  const [items, setItems] = useState(saved);
  const changed = JSON.stringify(items) !== JSON.stringify(saved);
  const set = (kind: string, channel: Channel, on: boolean) =>
    setItems((old) => old.map((item) => (item.kind === kind ? { ...item, [channel]: on } : item)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(items, { onSuccess: () => notifySaved(intl) });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="reminders-form">
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="reminders.kind" />
              </Table.Th>
              {CHANNELS.map((c) => (
                <Table.Th key={c} ta="center" style={{ whiteSpace: 'nowrap' }}>
                  <FormattedMessage id={`reminders.channel.${c}`} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const name = intl.formatMessage({ id: `reminders.kind.${item.kind}` });
              return (
                <Table.Tr key={item.kind} data-testid={`reminder-${item.kind}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <FormattedMessage id={`reminders.help.${item.kind}`} />
                    </Text>
                  </Table.Td>
                  {CHANNELS.map((c) => (
                    <Table.Td key={c}>
                      <Group justify="center">
                        <Switch
                          checked={item[c]}
                          onChange={(e) => set(item.kind, c, e.currentTarget.checked)}
                          data-testid={`reminder-${item.kind}-${c}`}
                          aria-label={intl.formatMessage({ id: `reminders.switch.${c}` }, { kind: name })}
                        />
                      </Group>
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={save.isPending} disabled={!changed} data-testid="reminders-save">
            <FormattedMessage id="common.save" />
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
