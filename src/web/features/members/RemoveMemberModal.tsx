import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';
import { type Member, useRemoveMember } from './members.queries.js';

interface Props {
  workspaceId: string;
  member: Member | null;
  onClose: () => void;
}

/** Asks before removing a member. */
export function RemoveMemberModal({ workspaceId, member, onClose }: Props) {
  const intl = useIntl();
  const remove = useRemoveMember(workspaceId);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      opened={member !== null}
      onClose={close}
      title={intl.formatMessage({ id: 'members.removeTitle' })}
    >
      <Stack>
        <Text>
          <FormattedMessage
            id="members.removeConfirm"
            values={{ name: member?.name ?? '', email: member?.email ?? '' }}
          />
        </Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => member && remove.mutate(member, { onSuccess: close })}
          >
            <FormattedMessage id="members.remove" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
