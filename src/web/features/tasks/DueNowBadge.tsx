import { Badge } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { useDueNowCount } from './tasks.queries.js';

/** The navigation's count of the user's tasks that are overdue or due today; nothing when there are none. */
export function DueNowBadge({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const count = useDueNowCount(workspaceId, true).data;
  if (!count || count.count === 0) return null;
  const text = `${format.number(count.count)}${count.more ? '+' : ''}`;
  return (
    <Badge
      size="sm"
      color="red"
      variant="filled"
      circle={count.count < 10 && !count.more}
      data-testid="tasks-due-badge"
      aria-label={intl.formatMessage({ id: 'nav.tasksDue' }, { count: count.count })}
    >
      {text}
    </Badge>
  );
}
