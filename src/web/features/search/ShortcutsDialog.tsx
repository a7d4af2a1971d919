import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { Fragment } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { QUICK_LOG_KEY } from '../interactions/index.js';
import { dialogOpen, isApple } from './keys.js';

type Shortcut = { action: string; keys: string[][] };

/** `?` anywhere but in a text field lists the keyboard shortcuts. */
export function ShortcutsDialog({ quickLog }: { quickLog: boolean }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  const show = () => {
    if (!dialogOpen()) open();
  };
  // "?" takes Shift on most layouts and not on some: both count.
  useHotkeys([
    ['?', show],
    ['shift+?', show],
  ]);
  const mod = isApple() ? '⌘' : 'Ctrl';
  const alt = isApple() ? '⌥' : 'Alt';
  const shortcuts: Shortcut[] = [
    { action: 'shortcuts.search', keys: [['/'], [mod, 'K']] },
    ...(quickLog ? [{ action: 'shortcuts.quickLog', keys: [[QUICK_LOG_KEY]] }] : []),
    { action: 'shortcuts.toasts', keys: [[alt, 'T']] },
    { action: 'shortcuts.help', keys: [['?']] },
  ];

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={intl.formatMessage({ id: 'shortcuts.title' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      data-testid="shortcuts"
    >
      <Stack gap="sm">
        <Table>
          <Table.Tbody>
            {shortcuts.map((shortcut) => (
              <Table.Tr key={shortcut.action} data-testid="shortcut">
                <Table.Td>
                  <FormattedMessage id={shortcut.action} />
                </Table.Td>
                <Table.Td>
                  <KeyChoices keys={shortcut.keys} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="shortcuts.notInFields" />
        </Text>
      </Stack>
    </Modal>
  );
}

/** Key combinations that do the same, "/ or Ctrl K"; keys stay left to right in every language. */
function KeyChoices({ keys }: { keys: string[][] }) {
  return (
    <Group gap={6} wrap="nowrap">
      {keys.map((combination, i) => (
        <Fragment key={combination.join('+')}>
          {i > 0 ? (
            <Text size="sm" c="dimmed" span>
              <FormattedMessage id="shortcuts.or" />
            </Text>
          ) : null}
          <Group gap={4} wrap="nowrap" dir="ltr">
            {combination.map((key) => (
              <Kbd key={key}>{key}</Kbd>
            ))}
          </Group>
        </Fragment>
      ))}
    </Group>
  );
}
