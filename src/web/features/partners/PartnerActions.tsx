import { notifyError, showUndoToast } from '../../components/index.js';
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { ConfirmDeleteModal } from './ConfirmDeleteModal.js';
import { MergeModal } from './MergeModal.js';
import { partnersKey } from '../../shared/index.js';
import { restorePartner, useDeletePartner, useRestorePartner } from './partners.queries.js';
import type { Partner } from './partners.types.js';

/** Edit, merge, delete (with undo) or restore a partner. */
export function PartnerActions({ workspaceId, partner }: { workspaceId: string; partner: Partner }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const remove = useDeletePartner(workspaceId);
  const restore = useRestorePartner(workspaceId);
  const [confirming, confirm] = useDisclosure(false);
  const [merging, mergeModal] = useDisclosure(false);
  const root = `/w/${workspaceId}/partners`;

  // The page is gone by the time Undo is clicked: no mutation hook to rely on.
  const undo = (id: string) => {
    notifications.hide(id);
    restorePartner(workspaceId, partner.id)
      .then(async () => {
        await client.invalidateQueries({ queryKey: partnersKey(workspaceId) });
        await navigate(`${root}/${partner.id}`);
      })
      .catch((error: unknown) => notifyError(intl, error));
  };

  const doDelete = () =>
    remove.mutate(
      { id: partner.id, version: partner.version },
      {
        onSuccess: () => {
          confirm.close();
          const id = `deleted-${partner.id}`;
          showUndoToast({
            id,
            message: <FormattedMessage id="partner.deleted" values={{ name: partner.name }} />,
            onUndo: () => undo(id),
            testId: 'undo-delete',
          });
          void navigate(root);
        },
      },
    );

  if (partner.deletedAt) {
    return (
      <Button
        loading={restore.isPending}
        onClick={() => restore.mutate(partner.id, { onError: (e) => notifyError(intl, e) })}
      >
        <FormattedMessage id="partners.restore" />
      </Button>
    );
  }
  return (
    <Group gap="xs">
      <Button component={Link} to={`${root}/${partner.id}/edit`}>
        <FormattedMessage id="common.edit" />
      </Button>
      <Button variant="default" onClick={mergeModal.open} data-testid="merge-open">
        <FormattedMessage id="merge.button" />
      </Button>
      <Button variant="light" color="red" onClick={confirm.open} data-testid="delete-open">
        <FormattedMessage id="common.delete" />
      </Button>
      <ConfirmDeleteModal
        opened={confirming}
        name={partner.name}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={doDelete}
        onClose={() => {
          remove.reset();
          confirm.close();
        }}
      />
      {merging ? <MergeModal workspaceId={workspaceId} survivor={partner} onClose={mergeModal.close} /> : null}
    </Group>
  );
}
