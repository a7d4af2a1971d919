import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** A toast saying what was just done, with an Undo button that closes it and calls `onUndo`. */
export function showUndoToast(o: {
  id: string;
  message: ReactNode;
  onUndo: () => void;
  autoClose?: number;
  testId?: string;
}): void {
  notifications.show({
    id: o.id,
    autoClose: o.autoClose ?? 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        {o.message}
        <Button
          size="compact-xs"
          variant="light"
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
