import { Badge, Box, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert, LoadMoreButton } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { type TaskListParams, useTaskList } from './tasks.queries.js';
import { TaskListItem } from './TaskListItem.js';

interface Props {
  workspaceId: string;
  titleId: string;
  testId: string;
  params: TaskListParams;
  showOwner: boolean;
  canEdit: boolean;
  color?: string;
}

/** One section of the task list (Overdue, Today…), a page at a time. */
export function TaskSection({ workspaceId, titleId, testId, params, showOwner, canEdit, color }: Props) {
  const format = useFormat();
  const list = useTaskList(workspaceId, params);
  const tasks = list.data?.pages.flatMap((page) => page.items) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Group gap="xs" mb="xs">
        <Title order={3} size="h5" c={color}>
          <FormattedMessage id={titleId} />
        </Title>
        {!list.isPending ? (
          <Badge size="sm" variant="light" color={color ?? 'gray'}>
            {format.number(tasks.length)}
            {hasNextPage ? '+' : ''}
          </Badge>
        ) : null}
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader size="sm" /> : null}
      {!list.isPending && tasks.length === 0 && !hasNextPage ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="tasks.none" />
        </Text>
      ) : null}
      <Box component="ol" m={0} p={0}>
        {tasks.map((task) => (
          <TaskListItem key={task.id} workspaceId={workspaceId} task={task} showOwner={showOwner} canEdit={canEdit} />
        ))}
      </Box>
      <LoadMoreButton hasMore={hasNextPage} loading={isFetchingNextPage} onClick={() => void fetchNextPage()} />
    </Paper>
  );
}
