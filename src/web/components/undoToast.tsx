import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { showToast } from './notify.js';

/**
 * A toast saying what was just done, with an Undo button that closes it and calls `onUndo`; read
 * out politely, and reached from the keyboard with Alt+T (it waits while focused).
 */
export function showUndoToast(o: {
  id: string;
  message: ReactNode;
  onUndo: () => void;
  autoClose?: number;
  testId?: string;
}): void {
  showToast({
    live: 'status',
    id: o.id,
    autoClose: o.autoClose ?? 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        {o.message}
        <Button
          size="compact-xs"
          variant="light"
          // Never squeezed by a long message.
          style={{ flexShrink: 0 }}
          data-testid={o.testId}
          onClick={() => {
            notifications.hide(o.id);
            o.onUndo();
          }}
        >
          <FormattedMessage id="common.undo" />
        </Button>
      </Group>
    ),
  });
}
