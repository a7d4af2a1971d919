import { ErrorAlert, notifyError, showUndoToast } from '../../components/index.js';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { refreshActivity } from '../../shared/index.js';
import { restoreInteraction, useDeleteInteraction } from './interactions.queries.js';
import type { Interaction } from './interactions.types.js';

/** Edit, delete (with undo: it comes back with its action items) or restore an interaction. */
export function InteractionActions({ workspaceId, interaction: i }: { workspaceId: string; interaction: Interaction }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const remove = useDeleteInteraction(workspaceId);
  const [confirming, confirm] = useDisclosure(false);
  const path = `/w/${workspaceId}/interactions/${i.id}`;
  // Where to go once it is gone: the first partner it concerned.
  const after = i.partners[0] ? `/w/${workspaceId}/partners/${i.partners[0].id}` : `/w/${workspaceId}`;

  const restore = (toastId?: string) => {
    if (toastId) notifications.hide(toastId);
    restoreInteraction(workspaceId, i.id)
      .then(async () => {
        await refreshActivity(client, workspaceId);
        await navigate(path);
      })
      .catch((error: unknown) => notifyError(intl, error));
  };

  const doDelete = () =>
    remove.mutate(
      { id: i.id, version: i.version },
      {
        onSuccess: () => {
          confirm.close();
          const id = `deleted-${i.id}`;
          showUndoToast({
            id,
            message: <FormattedMessage id="interaction.deleted" />,
            onUndo: () => restore(id),
            testId: 'undo-delete',
          });
          void navigate(after);
        },
      },
    );

  if (i.deletedAt) {
    return (
      <Button onClick={() => restore()}>
        <FormattedMessage id="partners.restore" />
      </Button>
    );
  }
  return (
    <Group gap="xs">
      <Button component={Link} to={`${path}/edit`}>
        <FormattedMessage id="common.edit" />
      </Button>
      <Button variant="light" color="red" onClick={confirm.open}>
        <FormattedMessage id="common.delete" />
      </Button>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={intl.formatMessage({ id: 'interaction.deleteTitle' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack>
          <Text>
            <FormattedMessage
              id="interaction.deleteConfirm"
              values={{ count: i.actionItems.filter((a) => a.status === 'open').length }}
            />
          </Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button color="red" loading={remove.isPending} onClick={doDelete}>
              <FormattedMessage id="common.delete" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
