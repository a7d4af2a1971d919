import { Anchor, Burger, Group } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Session, WorkspaceSummary } from '../api/index.js';
import { LanguageMenu, schemeText, ThemeMenu } from '../components/index.js';
import { QuickLogButton } from '../features/interactions/index.js';
import { NotificationBell } from '../features/notifications/index.js';
import { UserMenu } from '../features/profile/index.js';
import { GlobalSearch } from '../features/search/index.js';
import { WorkspaceSwitcher } from '../features/workspaces/index.js';

interface Props {
  session: Session;
  workspace: WorkspaceSummary | undefined;
  /** A phone: the switcher moves into the navigation, search and language become icons. */
  narrow: boolean;
  navOpened: boolean;
  onToggleNav: () => void;
}

/**
 * The header: navigation and workspace on the start side; logging, search, bell, language, theme and
 * user on the end.
 */
export function AppHeader({ session, workspace, narrow, navOpened, onToggleNav }: Props) {
  const intl = useIntl();
  return (
    <Group h="100%" px={narrow ? 'xs' : 'md'} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={intl.formatMessage({ id: 'nav.toggle' })}
        />
        <Anchor component={Link} to="/" fw={700} size="lg" c={schemeText('blue')} underline="never">
          <FormattedMessage id="app.name" />
        </Anchor>
        {narrow ? null : <WorkspaceSwitcher current={workspace} session={session} />}
      </Group>
      <Group gap={narrow ? 4 : 'xs'} wrap="nowrap">
        {workspace ? <QuickLogButton /> : null}
        {workspace ? <GlobalSearch workspaceId={workspace.id} compact={narrow} /> : null}
        {workspace ? <NotificationBell workspaceId={workspace.id} /> : null}
        <LanguageMenu compact={narrow} />
        <ThemeMenu />
        <UserMenu user={session.user} />
      </Group>
    </Group>
  );
}
