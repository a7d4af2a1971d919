import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

/** A field someone else changed meanwhile. */
export interface Conflict<F extends string> {
  field: F;
  /** Whether the user edited this field too (and not to their value). */
  clash: boolean;
}

/** The choice a stale save (412) leaves the user, as the versioned edit hook offers it. */
export interface ConflictChoice<I, F extends string> {
  conflicts: Conflict<F>[];
  theirs: I;
  mine: I;
  /** Who saved meanwhile, when the resource says. */
  updatedBy: string | null;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** How a resource names its fields and shows a value as one readable line. */
export interface FieldDisplay<I, F extends string> {
  label: (field: F) => string;
  value: (input: I, field: F) => string;
}

interface Props<I, F extends string> {
  /** The sentence naming who saved meanwhile, with a `name` value. */
  introId: string;
  choice: ConflictChoice<I, F>;
  display: FieldDisplay<I, F>;
  saving: boolean;
}

/**
 * A stale edit (412): their saved values beside mine, field by field, with the clashes marked;
 * the user keeps theirs or saves mine over them. Each resource says how to name and show its fields.
 */
export function ConflictDialog<I, F extends string>({ introId, choice, display, saving }: Props<I, F>) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const empty = t('conflict.empty');
  return (
    <Modal
      opened
      onClose={choice.onClose}
      size="xl"
      title={t('conflict.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Alert color="yellow" variant="light">
          <FormattedMessage id={introId} values={{ name: choice.updatedBy ?? t('conflict.someone') }} />
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
            {choice.conflicts.map(({ field, clash }) => (
              <Table.Tr
                key={field}
                bg={clash ? 'var(--mantine-color-red-light)' : undefined}
                data-testid="conflict-row"
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {display.label(field)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {display.value(choice.theirs, field) || empty}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {display.value(choice.mine, field) || empty}
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
          <Button variant="default" onClick={choice.onDiscard}>
            <FormattedMessage id="conflict.discard" />
          </Button>
          <Button loading={saving} onClick={choice.onKeepMine}>
            <FormattedMessage id="conflict.keepMine" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
