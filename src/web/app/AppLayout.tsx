import { Alert, AppShell, Box, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { FormattedMessage } from 'react-intl';
import { Outlet, useParams } from 'react-router';
import { MAIN_ID, PageLoader, SkipLink, useFocusRescue, usePageFocus, useToastKey } from '../components/index.js';
import { QuickLogProvider } from './QuickLogProvider.js';
import { canWrite, findWorkspace, useSession, type WorkspaceContextValue } from '../shared/index.js';
import { ShortcutsDialog } from '../features/search/index.js';
import { WorkspaceSwitcher } from '../features/workspaces/index.js';
import { AppHeader } from './AppHeader.js';
import { Navigation } from './Navigation.js';

/** The signed-in frame: header (with quick logging), navigation and the page of one workspace. */
export function AppLayout() {
  const { workspaceId } = useParams();
  const session = useSession();
  const theme = useMantineTheme();
  // Read at once, so a phone never renders the wide header first.
  const narrow = !useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const [opened, { toggle, close }] = useDisclosure(false);
  // Keyboard and screen readers: focus into each page that opens, back from closed dialogs, to the toasts.
  usePageFocus();
  useFocusRescue();
  useToastKey();
  if (!session.data) return <PageLoader />;
  const workspace = findWorkspace(session.data, workspaceId);
  const context: WorkspaceContextValue | null = workspace ? { session: session.data, workspace } : null;
  const writer = workspace ? canWrite(workspace.role) : false;

  const shell = (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <AppHeader
          session={session.data}
          workspace={workspace}
          narrow={narrow}
          navOpened={opened}
          onToggleNav={toggle}
        />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {narrow ? (
          <Box mb="sm">
            <WorkspaceSwitcher current={workspace} session={session.data} />
          </Box>
        ) : null}
        {workspace ? <Navigation workspace={workspace} onNavigate={close} /> : null}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        {context ? (
          <Outlet context={context} />
        ) : (
          <Alert color="red" variant="light">
            <FormattedMessage id="error.code.not_found" />
          </Alert>
        )}
      </AppShell.Main>
      <ShortcutsDialog quickLog={writer} />
    </AppShell>
  );
  // Quick logging works anywhere in a workspace (a viewer cannot log).
  return workspace ? (
    <QuickLogProvider workspaceId={workspace.id} user={session.data.user} enabled={writer}>
      {shell}
    </QuickLogProvider>
  ) : (
    shell
  );
}
