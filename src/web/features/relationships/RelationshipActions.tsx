import { ErrorAlert, notifyError, showUndoToast } from '../../components/index.js';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { refreshRelationships } from '../../shared/index.js';
import { restoreRelationship, useDeleteRelationship } from './relationships.queries.js';
import type { Relationship } from './relationships.types.js';

/** Edit, delete (with undo) or restore a relationship. */
export function RelationshipActions({
  workspaceId,
  relationship: r,
}: {
  workspaceId: string;
  relationship: Relationship;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const remove = useDeleteRelationship(workspaceId);
  const [confirming, confirm] = useDisclosure(false);
  const path = `/w/${workspaceId}/relationships/${r.id}`;

  const restore = (toastId?: string) => {
    if (toastId) notifications.hide(toastId);
    restoreRelationship(workspaceId, r.id)
      .then(async () => {
        await refreshRelationships(client, workspaceId);
        await navigate(path);
      })
      .catch((error: unknown) => notifyError(intl, error));
  };

  const doDelete = () =>
    remove.mutate(
      { id: r.id, version: r.version },
      {
        onSuccess: () => {
          confirm.close();
          const id = `deleted-${r.id}`;
          showUndoToast({
            id,
            message: <FormattedMessage id="relationship.deleted" values={{ name: r.partner.name }} />,
            onUndo: () => restore(id),
          });
          void navigate(`/w/${workspaceId}/relationships`);
        },
      },
    );

  if (r.deletedAt) {
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
        title={intl.formatMessage({ id: 'relationship.deleteTitle' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack>
          <Text>
            <FormattedMessage id="relationship.deleteConfirm" values={{ name: r.partner.name }} />
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
