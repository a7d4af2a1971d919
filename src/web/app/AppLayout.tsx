import { Alert, Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Outlet, useParams } from 'react-router';
import { LanguageMenu, PageLoader } from '../components/index.js';
import { QuickLogButton } from '../features/interactions/index.js';
import { QuickLogProvider } from './QuickLogProvider.js';
import { NotificationBell } from '../features/notifications/index.js';
import { canWrite, findWorkspace, useSession, type WorkspaceContextValue } from '../shared/index.js';
import { UserMenu } from '../features/profile/index.js';
import { GlobalSearch } from '../features/search/index.js';
import { WorkspaceSwitcher } from '../features/workspaces/index.js';
import { Navigation } from './Navigation.js';

/** The signed-in frame: header (with quick logging), navigation and the page of one workspace. */
export function AppLayout() {
  const { workspaceId } = useParams();
  const session = useSession();
  const intl = useIntl();
  const [opened, { toggle, close }] = useDisclosure(false);
  if (!session.data) return <PageLoader />;
  const workspace = findWorkspace(session.data, workspaceId);
  const context: WorkspaceContextValue | null = workspace ? { session: session.data, workspace } : null;

  const shell = (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={intl.formatMessage({ id: 'nav.toggle' })}
            />
            <Anchor component={Link} to="/" fw={700} size="lg" c="blue.8" underline="never">
              <FormattedMessage id="app.name" />
            </Anchor>
            <WorkspaceSwitcher current={workspace} session={session.data} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            {workspace ? <QuickLogButton /> : null}
            {workspace ? <GlobalSearch workspaceId={workspace.id} /> : null}
            {workspace ? <NotificationBell workspaceId={workspace.id} /> : null}
            <LanguageMenu />
            <UserMenu user={session.data.user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {workspace ? <Navigation workspace={workspace} onNavigate={close} /> : null}
      </AppShell.Navbar>
      <AppShell.Main>
        {context ? (
          <Outlet context={context} />
        ) : (
          <Alert color="red" variant="light">
            <FormattedMessage id="error.code.not_found" />
          </Alert>
        )}
      </AppShell.Main>
    </AppShell>
  );
  // Quick logging works anywhere in a workspace (a viewer cannot log).
  return workspace ? (
    <QuickLogProvider workspaceId={workspace.id} user={session.data.user} enabled={canWrite(workspace.role)}>
      {shell}
    </QuickLogProvider>
  ) : (
    shell
  );
}
