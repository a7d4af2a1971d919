import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Conflict } from './conflict.js';
import type { PartnerInput, Tag } from './partners.types.js';
import { useFieldDisplay } from './useFieldDisplay.js';

interface Props {
  workspaceId: string;
  conflicts: Conflict[];
  theirs: PartnerInput;
  mine: PartnerInput;
  theirTags: Tag[];
  names: Record<string, string>;
  updatedBy: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** Someone saved the partner meanwhile: show what they changed, and let the user decide. */
export function ConflictModal(props: Props) {
  const { workspaceId, conflicts, theirs, mine, theirTags, names, updatedBy, saving } = props;
  const intl = useIntl();
  const display = useFieldDisplay(workspaceId, names, theirTags);
  const empty = intl.formatMessage({ id: 'conflict.empty' });
  return (
    <Modal opened onClose={props.onClose} size="xl" title={intl.formatMessage({ id: 'conflict.title' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}>
      <Stack>
        <Alert color="yellow" variant="light">
          <FormattedMessage id="conflict.intro" values={{ name: updatedBy ?? intl.formatMessage({ id: 'conflict.someone' }) }} />
        </Alert>
        <Table withTableBorder data-testid="conflict-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th><FormattedMessage id="conflict.field" /></Table.Th>
              <Table.Th><FormattedMessage id="conflict.theirs" /></Table.Th>
              <Table.Th><FormattedMessage id="conflict.yours" /></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conflicts.map(({ field, clash }) => (
              <Table.Tr key={field} bg={clash ? 'var(--mantine-color-red-light)' : undefined} data-testid="conflict-row">
                <Table.Td><Text size="sm" fw={500}>{display.label(field)}</Text></Table.Td>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{display.value(theirs, field) || empty}</Text></Table.Td>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{display.value(mine, field) || empty}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed"><FormattedMessage id="conflict.help" /></Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDiscard}><FormattedMessage id="conflict.discard" /></Button>
          <Button loading={saving} onClick={props.onKeepMine}><FormattedMessage id="conflict.keepMine" /></Button>
        </Group>
      </Stack>
    </Modal>
  );
}
