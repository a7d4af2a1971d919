import { notifyError, showUndoToast } from '../../components/index.js';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import { refreshActivity } from '../../shared/index.js';
import { setTaskStatus } from './tasks.queries.js';
import type { Task, TaskStatus } from './tasks.types.js';
import { TaskToggle } from './TaskToggle.js';

interface Props {
  workspaceId: string;
  task: Task;
  showOwner: boolean;
  canEdit: boolean;
}

/** One task: done with one click (and Undo), its due date, owner and what it is linked to. */
export function TaskListItem({ workspaceId, task, showOwner, canEdit }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const client = useQueryClient();
  const root = `/w/${workspaceId}`;
  const done = task.status === 'done';

  const undo = (saved: Task, status: TaskStatus, toastId: string) => {
    notifications.hide(toastId);
    setTaskStatus(workspaceId, saved, status === 'done' ? 'open' : 'done')
      .then(() => refreshActivity(client, workspaceId))
      .catch((error: unknown) => notifyError(intl, error));
  };
  const changed = (saved: Task, status: TaskStatus) => {
    const id = `task-${saved.id}-${saved.version}`;
    showUndoToast({
      id,
      autoClose: 6000,
      message: (
        <FormattedMessage id={status === 'done' ? 'task.completed' : 'task.reopened'} values={{ title: saved.title }} />
      ),
      onUndo: () => undo(saved, status, id),
    });
  };

  const links = [
    task.relationship ? (
      <Anchor key="r" component={Link} to={`${root}/relationships/${task.relationship.id}`} size="xs">
        {task.relationship.purpose
          ? `${task.relationship.partnerName} — ${task.relationship.purpose}`
          : task.relationship.partnerName}
      </Anchor>
    ) : task.partner ? (
      <Anchor key="p" component={Link} to={`${root}/partners/${task.partner.id}`} size="xs">
        <bdi>{task.partner.name}</bdi>
      </Anchor>
    ) : null,
    task.interaction ? (
      <Anchor key="i" component={Link} to={`${root}/interactions/${task.interaction.id}`} size="xs">
        {task.interaction.subject || intl.formatMessage({ id: `interaction.kind.${task.interaction.kind}` })}
      </Anchor>
    ) : null,
  ].filter(Boolean);

  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={6}
      data-testid="task-row"
      data-status={task.status}
      style={{ listStyle: 'none' }}
    >
      <TaskToggle workspaceId={workspaceId} task={task} disabled={!canEdit} onChanged={changed} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={500} td={done ? 'line-through' : undefined} data-testid="task-title">
            <bdi>{task.title}</bdi>
          </Text>
          {task.overdue ? (
            <Badge size="xs" color="red" variant="filled">
              <FormattedMessage id="task.overdue" />
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c={task.overdue ? 'red' : 'dimmed'}>
            {task.dueOn ? (
              <FormattedMessage id="task.dueOn" values={{ date: format.day(task.dueOn) }} />
            ) : (
              <FormattedMessage id="task.noDueDate" />
            )}
          </Text>
          {showOwner && task.owner ? (
            <Text size="xs" c="dimmed">
              · <bdi>{task.owner.name}</bdi>
            </Text>
          ) : null}
          {done && task.completedAt ? (
            <Text size="xs" c="dimmed">
              · <FormattedMessage id="task.completedOn" values={{ date: format.dateTime(task.completedAt) }} />
            </Text>
          ) : null}
          {links}
        </Group>
        {task.notes ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {task.notes}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
