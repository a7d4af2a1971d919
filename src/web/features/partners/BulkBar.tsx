import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError, showToast } from '../../components/index.js';
import { useOwnerOptions, useTagOptions } from './options.js';
import { bulkAction, type BulkRequest, useBulkAction } from './partners.queries.js';
import { partnersKey } from '../../shared/index.js';

interface Props {
  workspaceId: string;
  ids: string[];
  inTrash: boolean;
  onDone: () => void;
}

/** Actions on the selected partners. */
export function BulkBar({ workspaceId, ids, inTrash, onDone }: Props) {
  const intl = useIntl();
  const client = useQueryClient();
  const bulk = useBulkAction(workspaceId);
  const tags = useTagOptions(workspaceId);
  const owners = useOwnerOptions(workspaceId);

  const run = (request: Omit<BulkRequest, 'ids'>) =>
    bulk.mutate(
      { ids, ...request },
      {
        onSuccess: ({ updated }) => {
          const id = `bulk-${Date.now()}`;
          const undo = () => {
            notifications.hide(id);
            bulkAction(workspaceId, { ids, action: 'restore' })
              .then(() => client.invalidateQueries({ queryKey: partnersKey(workspaceId) }))
              .catch((error: unknown) => notifyError(intl, error));
          };
          showToast({
            live: 'status',
            id,
            color: 'green',
            message: (
              <Group justify="space-between" wrap="nowrap">
                <FormattedMessage id="partners.bulk.done" values={{ count: updated }} />
                {request.action === 'delete' ? (
                  <Button size="compact-xs" variant="light" onClick={undo}>
                    <FormattedMessage id="common.undo" />
                  </Button>
                ) : null}
              </Group>
            ),
          });
          onDone();
        },
        onError: (error) => notifyError(intl, error),
      },
    );

  const menu = (
    labelId: string,
    items: { value: string | null; label: string }[],
    pick: (v: string | null) => void,
  ): ReactNode => (
    <Menu withinPortal position="bottom-start">
      <Menu.Target>
        <Button size="xs" variant="default" disabled={bulk.isPending}>
          <FormattedMessage id={labelId} />
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
        {items.length === 0 ? (
          <Menu.Label>
            <FormattedMessage id="common.empty" />
          </Menu.Label>
        ) : null}
        {items.map((item) => (
          <Menu.Item key={item.value ?? '-'} onClick={() => pick(item.value)}>
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Paper withBorder p="xs" radius="md" bg="var(--mantine-color-blue-light)" data-testid="bulk-bar">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          <FormattedMessage id="partners.bulk.selected" values={{ count: ids.length }} />
        </Text>
        {inTrash ? (
          <Button size="xs" loading={bulk.isPending} onClick={() => run({ action: 'restore' })}>
            <FormattedMessage id="partners.restore" />
          </Button>
        ) : (
          <>
            {menu('partners.bulk.addTag', tags, (tagId) => tagId && run({ action: 'add_tag', tagId }))}
            {menu('partners.bulk.removeTag', tags, (tagId) => tagId && run({ action: 'remove_tag', tagId }))}
            {menu(
              'partners.bulk.setOwner',
              [{ value: null, label: intl.formatMessage({ id: 'partners.noOwner' }) }, ...owners],
              (ownerId) => run({ action: 'set_owner', ownerId }),
            )}
            <Button
              size="xs"
              color="red"
              variant="light"
              loading={bulk.isPending}
              onClick={() => run({ action: 'delete' })}
            >
              <FormattedMessage id="common.delete" />
            </Button>
          </>
        )}
        <Button size="xs" variant="subtle" onClick={onDone}>
          <FormattedMessage id="partners.bulk.clear" />
        </Button>
      </Group>
    </Paper>
  );
}
