import { Badge, Button, Group, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError, notifySaved, useFieldErrors } from '../../components/index.js';
import type { Tag } from '../../shared/index.js';
import { ColorSwatches } from './ColorSwatches.js';
import { useDeleteTag, useUpdateTag } from './tags.queries.js';

/** One tag: shown as a badge, or edited in place. */
export function TagRow({ workspaceId, tag }: { workspaceId: string; tag: Tag }) {
  const intl = useIntl();
  const update = useUpdateTag(workspaceId);
  const remove = useDeleteTag(workspaceId);
  const fieldError = useFieldErrors(update.error);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(tag.name);
  const [color, setColor] = useState(tag.color);
  const save = () =>
    update.mutate(
      { tag, name, color },
      {
        onSuccess: () => {
          setEditing(false);
          notifySaved(intl);
        },
      },
    );

  return (
    <Table.Tr data-testid="tag-row">
      <Table.Td>
        {editing ? (
          <TextInput
            size="xs"
            aria-label={intl.formatMessage({ id: 'tags.name' })}
            value={name}
            error={fieldError('name')}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        ) : (
          <Badge color={tag.color} autoContrast>
            <bdi>{tag.name}</bdi>
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? <ColorSwatches value={color} onChange={setColor} /> : <code dir="ltr">{tag.color}</code>}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end">
          {editing ? (
            <>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  setEditing(false);
                  update.reset();
                }}
              >
                <FormattedMessage id="common.cancel" />
              </Button>
              <Button size="compact-xs" loading={update.isPending} onClick={save}>
                <FormattedMessage id="common.save" />
              </Button>
            </>
          ) : (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => {
                  setName(tag.name);
                  setColor(tag.color);
                  setEditing(true);
                }}
              >
                <FormattedMessage id="common.edit" />
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(tag, { onError: (e) => notifyError(intl, e) })}
              >
                <FormattedMessage id="common.delete" />
              </Button>
            </>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
