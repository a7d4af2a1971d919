import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage } from 'react-intl';
import { useNavigate } from 'react-router';
import type { User } from '../../api/index.js';
import { useSignOut } from '../auth/index.js';
import { ProfileModal } from './ProfileModal.js';

/** The user's name, with profile settings and sign-out. */
export function UserMenu({ user }: { user: User }) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [opened, { open, close }] = useDisclosure(false);
  const initial = user.name.trim().charAt(0).toUpperCase() || '?';

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            size="compact-md"
            data-testid="user-menu"
            leftSection={
              <Avatar size="sm" radius="xl">
                {initial}
              </Avatar>
            }
          >
            <Text size="sm" visibleFrom="sm" span>
              {user.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.email}</Menu.Label>
          <Menu.Item onClick={open} data-testid="profile">
            <FormattedMessage id="profile.title" />
          </Menu.Item>
          <Menu.Item
            color="red"
            data-testid="sign-out"
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })}
          >
            <FormattedMessage id="profile.signOut" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {opened ? <ProfileModal user={user} onClose={close} /> : null}
    </>
  );
}
