import { ActionIcon, Button, Kbd, Tooltip } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useQuickLog } from './QuickLogContext.js';
import { QUICK_LOG_KEY } from './shortcut.js';

/** The header's "Log interaction" button, showing its keyboard shortcut; a small "+" on phones. */
export function QuickLogButton() {
  const intl = useIntl();
  const quickLog = useQuickLog();
  if (!quickLog.enabled) return null;
  const label = intl.formatMessage({ id: 'interaction.log' });
  return (
    <Tooltip label={intl.formatMessage({ id: 'interaction.shortcutHint' }, { key: QUICK_LOG_KEY })} withinPortal>
      <span>
        <Button size="xs" variant="light" visibleFrom="sm" onClick={() => quickLog.open()} aria-keyshortcuts={QUICK_LOG_KEY}
          rightSection={<Kbd size="xs" aria-hidden>{QUICK_LOG_KEY}</Kbd>} data-testid="quick-log">
          {label}
        </Button>
        <ActionIcon variant="light" size="lg" hiddenFrom="sm" onClick={() => quickLog.open()} aria-label={label}>
          <svg width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" aria-hidden>
            <path d="M12 5v14M5 12h14" />
          </svg>
        </ActionIcon>
      </span>
    </Tooltip>
  );
}
