import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage } from 'react-intl';
import { Navigate } from 'react-router';
import { PageLoader, PublicLayout } from '../components/index.js';
import { NewWorkspaceModal } from '../features/workspaces/index.js';
import { homePath, useSession } from '../shared/index.js';

/** "/": opens the current workspace, or offers to create one. */
export function StartPage() {
  const session = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  if (!session.data) return <PageLoader />;
  if (session.data.workspaces.length > 0) return <Navigate to={homePath(session.data)} replace />;
  return (
    <PublicLayout titleId="start.title">
      <Stack>
        <Text>
          <FormattedMessage id="start.noWorkspace" />
        </Text>
        <Button onClick={open}>
          <FormattedMessage id="workspace.new" />
        </Button>
      </Stack>
      <NewWorkspaceModal opened={opened} onClose={close} />
    </PublicLayout>
  );
}
