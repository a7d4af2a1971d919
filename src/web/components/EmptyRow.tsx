import { Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

export interface EmptyState {
  /** What to do next; the bare "Nothing here yet." without one. */
  message?: ReactNode;
  /** The buttons that do it. */
  actions?: ReactNode;
}

type Props = EmptyState & { colSpan: number };

/** A table row saying the list is empty and, where the user can change that, how. */
export function EmptyRow({ colSpan, message, actions }: Props) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Stack align="center" gap="sm" py="md" data-testid="empty-state">
          <Text c="dimmed" ta="center" maw={560}>
            {message ?? <FormattedMessage id="common.empty" />}
          </Text>
          {actions ? (
            <Group gap="xs" justify="center">
              {actions}
            </Group>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
