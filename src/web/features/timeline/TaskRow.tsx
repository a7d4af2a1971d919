import { Anchor, Badge, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import type { TaskItem } from './timeline.types.js';
import { TimelineEntry } from './TimelineEntry.js';

/** A task: title, owner, due date and whether it is done or overdue; the meeting it came from. */
export function TaskRow({ workspaceId, item }: { workspaceId: string; item: TaskItem }) {
  const intl = useIntl();
  const format = useFormat();
  const done = item.status === 'done';
  const due = item.dueOn
    ? intl.formatMessage({ id: 'task.dueOn' }, { date: format.day(item.dueOn) })
    : intl.formatMessage({ id: 'task.noDueDate' });
  const meta = [due, item.owner?.name ?? null].filter(Boolean).join(' · ');
  return (
    <TimelineEntry
      icon={done ? 'task_done' : 'task'}
      color={item.overdue ? 'red' : done ? 'gray' : 'teal'}
      meta={meta}
      type="task"
    >
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} td={done ? 'line-through' : undefined}>
          <bdi>{item.title}</bdi>
        </Text>
        {done ? (
          <Badge size="xs" color="gray" variant="light">
            <FormattedMessage id="task.status.done" />
          </Badge>
        ) : null}
        {item.overdue ? (
          <Badge size="xs" color="red" variant="filled">
            <FormattedMessage id="task.overdue" />
          </Badge>
        ) : null}
        {item.interactionId ? (
          <Anchor component={Link} to={`/w/${workspaceId}/interactions/${item.interactionId}`} size="xs">
            <FormattedMessage id="task.fromInteraction" />
          </Anchor>
        ) : null}
      </Group>
      {done && item.completedAt ? (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="task.completedOn" values={{ date: format.dateTime(item.completedAt) }} />
        </Text>
      ) : null}
    </TimelineEntry>
  );
}
