import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField, useFieldErrors } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { useOwnerOptions } from '../partners/index.js';
import { useCreateTask } from './tasks.queries.js';
import { TaskToggle } from './TaskToggle.js';
import type { ActionItem } from '../interactions/index.js';

interface Props {
  workspaceId: string;
  interactionId: string;
  userId: string;
  items: ActionItem[];
  canEdit: boolean;
}

/** A meeting's action items: done with one click, and more added as tasks linked to it. */
export function ActionItemsPanel({ workspaceId, interactionId, userId, items, canEdit }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const format = useFormat();
  const members = useOwnerOptions(workspaceId);
  const create = useCreateTask(workspaceId);
  const fieldError = useFieldErrors(create.error);
  const [draft, setDraft] = useState({ title: '', ownerId: userId, dueOn: '' });

  const add = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title: draft.title.trim(), ownerId: draft.ownerId, dueOn: draft.dueOn || null, interactionId },
      { onSuccess: () => setDraft({ title: '', ownerId: userId, dueOn: '' }) },
    );
  };

  return (
    <Stack gap="xs" data-testid="action-items">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="common.empty" />
        </Text>
      ) : null}
      {items.map((item) => (
        <Group key={item.id} gap="sm" wrap="nowrap" align="flex-start" data-testid="action-item">
          <TaskToggle workspaceId={workspaceId} task={item} disabled={!canEdit} />
          <Stack gap={0}>
            <Text size="sm" td={item.status === 'done' ? 'line-through' : undefined}>
              <bdi>{item.title}</bdi>
            </Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {item.owner?.name ?? '—'}
              </Text>
              {item.dueOn ? (
                <Badge size="xs" variant="light" color="gray">
                  {format.day(item.dueOn)}
                </Badge>
              ) : null}
            </Group>
          </Stack>
        </Group>
      ))}
      {canEdit ? (
        <form onSubmit={add} noValidate>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              style={{ flex: 2, minWidth: 180 }}
              label={t('interaction.newActionItem')}
              maxLength={500}
              value={draft.title}
              error={fieldError('title')}
              onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            />
            <Select
              style={{ flex: 1, minWidth: 140 }}
              label={t('task.field.owner')}
              data={members}
              value={draft.ownerId}
              allowDeselect={false}
              searchable
              comboboxProps={{ withinPortal: true }}
              error={fieldError('ownerId')}
              onChange={(ownerId) => setDraft({ ...draft, ownerId: ownerId ?? userId })}
            />
            <DateField
              style={{ flex: 1, minWidth: 140 }}
              label={t('task.field.dueOn')}
              value={draft.dueOn}
              error={fieldError('dueOn')}
              onChange={(v) => setDraft({ ...draft, dueOn: v })}
            />
            <Button type="submit" variant="light" loading={create.isPending} disabled={!draft.title.trim()}>
              <FormattedMessage id="common.add" />
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
