import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

interface Props<F extends string> {
  /** The sentence naming who saved meanwhile, with a `name` value. */
  introId: string;
  updatedBy: string | null;
  conflicts: { field: F; clash: boolean }[];
  label: (field: F) => string;
  theirs: (field: F) => string;
  mine: (field: F) => string;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/**
 * A stale edit (412): their saved values beside mine, field by field, with the clashes marked;
 * the user keeps theirs or saves mine over them. Each resource says how to name and show its fields.
 */
export function ConflictDialog<F extends string>(props: Props<F>) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const empty = t('conflict.empty');
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      title={t('conflict.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Alert color="yellow" variant="light">
          <FormattedMessage id={props.introId} values={{ name: props.updatedBy ?? t('conflict.someone') }} />
        </Alert>
        <Table withTableBorder data-testid="conflict-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="conflict.field" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="conflict.theirs" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="conflict.yours" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.conflicts.map(({ field, clash }) => (
              <Table.Tr
                key={field}
                bg={clash ? 'var(--mantine-color-red-light)' : undefined}
                data-testid="conflict-row"
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {props.label(field)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {props.theirs(field) || empty}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {props.mine(field) || empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="conflict.help" />
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDiscard}>
            <FormattedMessage id="conflict.discard" />
          </Button>
          <Button loading={props.saving} onClick={props.onKeepMine}>
            <FormattedMessage id="conflict.keepMine" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
