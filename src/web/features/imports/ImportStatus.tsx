import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { ImportStatus as Status } from './imports.types.js';

const COLORS: Record<Status, string> = {
  uploaded: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
  undone: 'orange',
};

/** An import's status in the user's language. */
export function ImportStatus({ status }: { status: Status }) {
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="import-status">
      <FormattedMessage id={`import.status.${status}`} />
    </Badge>
  );
}
