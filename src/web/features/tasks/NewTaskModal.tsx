import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField, showToast } from '../../components/index.js';
import { useErrorText } from '../../i18n/index.js';
import { PartnersPicker, RelationshipsPicker } from '../interactions/index.js';
import { useOwnerOptions } from '../partners/index.js';
import { useCreateTask } from './tasks.queries.js';
import type { TaskInput } from './tasks.types.js';

interface Props {
  workspaceId: string;
  userId: string;
  onClose: () => void;
}

/**
 * A new task: title, owner (someone else's shows on their list), due date, and the partner or relationship it is for.
 */
export function NewTaskModal({ workspaceId, userId, onClose }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const members = useOwnerOptions(workspaceId);
  const create = useCreateTask(workspaceId);
  const errors = useErrorText(create.error);
  const [input, setInput] = useState<TaskInput>({
    title: '',
    notes: '',
    ownerId: userId,
    dueOn: '',
    partner: null,
    relationship: null,
  });
  const set = (change: Partial<TaskInput>) => setInput((old) => ({ ...old, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        title: input.title.trim(),
        ...(input.notes.trim() ? { notes: input.notes.trim() } : {}),
        ...(input.ownerId ? { ownerId: input.ownerId } : {}),
        dueOn: input.dueOn || null,
        ...(input.relationship
          ? { relationshipId: input.relationship.id }
          : input.partner
            ? { partnerId: input.partner.id }
            : {}),
      },
      {
        onSuccess: (task) => {
          const other = task.owner && task.owner.id !== userId ? task.owner.name : null;
          showToast({
            live: 'status',
            color: 'green',
            message: other ? intl.formatMessage({ id: 'task.createdFor' }, { name: other }) : t('task.created'),
            closeButtonProps: { 'aria-label': t('common.close') },
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('tasks.new')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="task-form">
        <Stack>
          <TextInput
            label={t('task.field.title')}
            required
            maxLength={500}
            value={input.title}
            data-autofocus
            error={errors?.fields.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('task.field.owner')}
              data={members}
              value={input.ownerId}
              searchable
              allowDeselect={false}
              error={errors?.fields.ownerId}
              comboboxProps={{ withinPortal: true }}
              onChange={(ownerId) => set({ ownerId })}
            />
            <DateField
              label={t('task.field.dueOn')}
              value={input.dueOn}
              error={errors?.fields.dueOn}
              onChange={(v) => set({ dueOn: v })}
            />
            <PartnersPicker
              workspaceId={workspaceId}
              label={t('task.field.partner')}
              maxValues={1}
              value={input.partner ? [input.partner] : []}
              error={errors?.fields.partnerId}
              onChange={([partner]) => set({ partner: partner ?? null, relationship: null })}
            />
            <RelationshipsPicker
              workspaceId={workspaceId}
              label={t('task.field.relationship')}
              maxValues={1}
              partnerIds={input.partner ? [input.partner.id] : []}
              value={input.relationship ? [input.relationship] : []}
              error={errors?.fields.relationshipId}
              onChange={([relationship]) =>
                set({
                  relationship: relationship ?? null,
                  ...(relationship
                    ? {
                        partner: {
                          id: relationship.partnerId,
                          name: relationship.partnerName,
                          type: relationship.partnerType ?? 'organization',
                        },
                      }
                    : {}),
                })
              }
            />
          </SimpleGrid>
          <Textarea
            label={t('task.field.notes')}
            autosize
            minRows={2}
            maxLength={5000}
            value={input.notes}
            error={errors?.fields.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          {errors && Object.keys(errors.fields).length === 0 ? (
            <Alert color="red" variant="light" role="alert">
              {errors.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="task-submit">
              <FormattedMessage id="common.create" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
