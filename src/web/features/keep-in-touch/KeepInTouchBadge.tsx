import { Badge } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { useOverdueCount } from './keepInTouch.queries.js';

/** The navigation's count of the user's overdue relationships; nothing when there are none. */
export function KeepInTouchBadge({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const count = useOverdueCount(workspaceId).data;
  if (!count) return null;
  return (
    <Badge
      size="sm"
      color="red"
      variant="filled"
      circle={count < 10}
      data-testid="keep-in-touch-badge"
      aria-label={intl.formatMessage({ id: 'nav.keepInTouchOverdue' }, { count })}
    >
      {format.number(count)}
    </Badge>
  );
}
