import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { DUE_COLORS, dueLabel } from './due.js';

/** "Overdue by N days", "Due today" or "Due in N days", in the colour of its urgency. */
export function DueText({ overdueDays, size = 'sm' }: { overdueDays: number; size?: 'xs' | 'sm' }) {
  const label = dueLabel(overdueDays);
  return (
    <Text
      size={size}
      c={DUE_COLORS[label.tone]}
      fw={label.tone === 'soon' ? undefined : 600}
      data-testid="due-label"
      style={{ whiteSpace: 'nowrap' }}
    >
      <FormattedMessage id={label.id} values={{ days: label.days }} />
    </Text>
  );
}
