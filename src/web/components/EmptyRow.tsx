import { Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/** A table row saying the list is empty. */
export function EmptyRow({ colSpan }: { colSpan: number }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" py="md">
          <FormattedMessage id="common.empty" />
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
