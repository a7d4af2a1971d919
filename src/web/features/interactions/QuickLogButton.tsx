import { ActionIcon, Button, Group, Kbd, Menu, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuickLog } from './QuickLogContext.js';
import { QUICK_LOG_KEY } from './shortcut.js';

const icon = (d: string) => (
  <svg
    width={18}
    height={18}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2.2}
    strokeLinecap="round"
    aria-hidden
  >
    <path d={d} />
  </svg>
);

/**
 * The header's "Log interaction" button, showing its keyboard shortcut (a small "+" on phones), and
 * a menu with the other ways to record contacts: many people met at an event, or a CSV of past ones.
 */
export function QuickLogButton() {
  const intl = useIntl();
  const quickLog = useQuickLog();
  const { workspaceId } = useParams();
  if (!quickLog.enabled) return null;
  const label = intl.formatMessage({ id: 'interaction.log' });
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={intl.formatMessage({ id: 'interaction.shortcutHint' }, { key: QUICK_LOG_KEY })} withinPortal>
        <span>
          <Button
            size="xs"
            variant="light"
            visibleFrom="sm"
            onClick={() => quickLog.open()}
            aria-keyshortcuts={QUICK_LOG_KEY}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {QUICK_LOG_KEY}
              </Kbd>
            }
            data-testid="quick-log"
          >
            {label}
          </Button>
          <ActionIcon
            variant="light"
            size="lg"
            hiddenFrom="sm"
            onClick={() => quickLog.open()}
            aria-label={label}
            data-testid="quick-log-icon"
          >
            {icon('M12 5v14M5 12h14')}
          </ActionIcon>
        </span>
      </Tooltip>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="light"
            size={30}
            aria-label={intl.formatMessage({ id: 'interaction.moreWays' })}
            data-testid="quick-log-menu"
          >
            {icon('M6 9l6 6 6-6')}
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={quickLog.openEncounters} data-testid="quick-log-encounters">
            <FormattedMessage id="encounters.title" />
          </Menu.Item>
          <Menu.Item component={Link} to={`/w/${workspaceId}/interactions/import`} data-testid="quick-log-import">
            <FormattedMessage id="interactionImport.title" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
