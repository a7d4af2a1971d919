import { Button, Group, SegmentedControl, Select, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { useOwnerOptions } from '../partners/index.js';
import { NewTaskModal } from './NewTaskModal.js';
import { TaskSection } from './TaskSection.js';
import type { TaskOwner, TaskStatus } from './tasks.types.js';

const SECTIONS = [
  { due: 'overdue', titleId: 'tasks.section.overdue', color: 'red' },
  { due: 'today', titleId: 'tasks.section.today', color: 'orange' },
  { due: 'week', titleId: 'tasks.section.week', color: 'blue' },
  { due: 'later', titleId: 'tasks.section.later', color: undefined },
] as const;

/**
 * "My tasks": open ones by when they are due (Overdue, Today, This week, Later), or done ones; also another member's.
 */
export function MyTasksPage() {
  const intl = useIntl();
  const { workspace, session } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const [creating, create] = useDisclosure(false);
  const members = useOwnerOptions(workspace.id);
  const me = session.user.id;
  const ownerId = params.get('owner') ?? me;
  const status: TaskStatus = params.get('status') === 'done' ? 'done' : 'open';
  const owner: TaskOwner = ownerId === me ? { mine: true } : { ownerId };
  const mine = ownerId === me;
  const writer = canWrite(workspace.role);
  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const common = { workspaceId: workspace.id, showOwner: false, canEdit: writer };
  const ownerName = members.find((m) => m.value === ownerId)?.label ?? '';

  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {mine ? (
            <FormattedMessage id="tasks.title" />
          ) : (
            <FormattedMessage id="tasks.titleOf" values={{ name: ownerName }} />
          )}
        </Title>
        {writer ? (
          <Button onClick={create.open} data-testid="new-task">
            <FormattedMessage id="tasks.new" />
          </Button>
        ) : null}
      </Group>
      <Group gap="sm" align="flex-end">
        <Select
          w={240}
          label={intl.formatMessage({ id: 'tasks.owner' })}
          data={members}
          value={ownerId}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="tasks-owner"
          nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound' })}
          onChange={(v) => set({ owner: v && v !== me ? v : null })}
        />
        <SegmentedControl
          value={status}
          aria-label={intl.formatMessage({ id: 'tasks.status' })}
          data-testid="tasks-status"
          onChange={(v) => set({ status: v === 'done' ? 'done' : null })}
          data={[
            { value: 'open', label: intl.formatMessage({ id: 'tasks.show.open' }) },
            { value: 'done', label: intl.formatMessage({ id: 'tasks.show.done' }) },
          ]}
        />
      </Group>
      {status === 'done' ? (
        <TaskSection {...common} titleId="tasks.section.done" testId="tasks-done" params={{ owner, status: 'done' }} />
      ) : (
        <>
          {SECTIONS.map((s) => (
            <TaskSection
              key={s.due}
              {...common}
              titleId={s.titleId}
              testId={`tasks-${s.due}`}
              color={s.color}
              params={{ owner, status: 'open', due: s.due }}
            />
          ))}
        </>
      )}
      {creating ? <NewTaskModal workspaceId={workspace.id} userId={me} onClose={create.close} /> : null}
    </Stack>
  );
}
