import { ActionIcon, Modal } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import { LineIcon } from '../../components/index.js';
import { dialogOpen } from './keys.js';
import { SearchBox } from './SearchBox.js';

const magnifier = (
  <LineIcon>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-3.5-3.5" />
  </LineIcon>
);

/**
 * The header's search. On a wide screen a field; `compact` (a phone) a button that opens the field
 * over the page. `/` and Ctrl+K (Cmd+K on a Mac) reach it from anywhere but a text field or a dialog.
 */
export function GlobalSearch({ workspaceId, compact }: { workspaceId: string; compact: boolean }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  const input = useRef<HTMLInputElement>(null);
  const label = intl.formatMessage({ id: 'search.global' });

  const reach = () => {
    if (dialogOpen()) return;
    if (compact) open();
    else input.current?.focus();
  };
  useHotkeys([
    ['/', reach],
    ['mod+K', reach],
  ]);

  if (!compact) return <SearchBox workspaceId={workspaceId} inputRef={input} />;
  return (
    <>
      <ActionIcon variant="subtle" size="lg" onClick={open} aria-label={label} data-testid="global-search-open">
        {magnifier}
      </ActionIcon>
      <Modal
        opened={opened}
        onClose={close}
        title={label}
        fullScreen
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'search.close' }) }}
      >
        <SearchBox workspaceId={workspaceId} overlay onChosen={close} />
      </Modal>
    </>
  );
}
