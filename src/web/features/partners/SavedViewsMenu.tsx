import { ActionIcon, Button, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifyError, useFieldErrors } from '../../components/index.js';
import type { SavedView } from './partners.types.js';
import { useDeleteView, useSavedViews, useSaveView } from './savedViews.queries.js';

interface Props {
  workspaceId: string;
  query: Record<string, string>;
  onPick: (view: SavedView) => void;
}

/** The user's saved views: pick one, save the current one, delete one. */
export function SavedViewsMenu({ workspaceId, query, onPick }: Props) {
  const intl = useIntl();
  const views = useSavedViews(workspaceId);
  const save = useSaveView(workspaceId);
  const remove = useDeleteView(workspaceId);
  const fieldError = useFieldErrors(save.error);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const close = () => {
    setNaming(false);
    setName('');
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, query }, { onSuccess: close });
  };

  return (
    <>
      <Menu withinPortal position="bottom-start" closeOnItemClick>
        <Menu.Target>
          <Button size="xs" variant="default" data-testid="saved-views">
            <FormattedMessage id="views.menu" />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(views.data ?? []).map((view) => (
            <Group key={view.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onPick(view)}>{view.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={intl.formatMessage({ id: 'views.delete' }, { name: view.name })}
                onClick={() => remove.mutate(view.id, { onError: (e) => notifyError(intl, e) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {views.data?.length ? <Menu.Divider /> : null}
          <Menu.Item onClick={() => setNaming(true)}>
            <FormattedMessage id="views.save" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={naming}
        onClose={close}
        title={intl.formatMessage({ id: 'views.save' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert error={save.error} />
            <TextInput
              label={intl.formatMessage({ id: 'views.name' })}
              value={name}
              data-autofocus
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                <FormattedMessage id="common.cancel" />
              </Button>
              <Button type="submit" loading={save.isPending}>
                <FormattedMessage id="common.save" />
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
