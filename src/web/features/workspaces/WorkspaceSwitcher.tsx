import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { Session, WorkspaceSummary } from '../../api/index.js';
import { notifyError, RoleLabel } from '../../components/index.js';
import { NewWorkspaceModal } from './NewWorkspaceModal.js';
import { useSwitchWorkspace } from './workspaces.queries.js';

interface Props {
  current: WorkspaceSummary | undefined;
  session: Session;
}

/** Lists the user's workspaces; choosing one remembers it and opens it. */
export function WorkspaceSwitcher({ current, session }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const switcher = useSwitchWorkspace();
  const [opened, { open, close }] = useDisclosure(false);

  const choose = (workspace: WorkspaceSummary) => {
    switcher.mutate(workspace.id, {
      onSuccess: () => void navigate(`/w/${workspace.id}`),
      onError: (error) => notifyError(intl, error),
    });
  };

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            variant="light"
            size="compact-md"
            data-testid="workspace-switcher"
            loading={switcher.isPending}
            maw={260}
          >
            {current?.name ?? intl.formatMessage({ id: 'workspace.choose' })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <FormattedMessage id="workspace.yours" />
          </Menu.Label>
          {session.workspaces.map((workspace) => (
            <Menu.Item
              key={workspace.id}
              onClick={() => choose(workspace)}
              rightSection={<RoleLabel role={workspace.role} />}
            >
              {workspace.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={open} data-testid="new-workspace">
            <FormattedMessage id="workspace.new" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <NewWorkspaceModal opened={opened} onClose={close} />
    </>
  );
}
