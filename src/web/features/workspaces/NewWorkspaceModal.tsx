import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ErrorAlert, useFieldErrors } from '../../components/index.js';
import { useCreateWorkspace, useSwitchWorkspace } from './workspaces.queries.js';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Creates a workspace owned by the user and opens it. */
export function NewWorkspaceModal({ opened, onClose }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const switcher = useSwitchWorkspace();
  const fieldError = useFieldErrors(create.error);
  const [name, setName] = useState('');

  const close = () => {
    setName('');
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name },
      {
        onSuccess: (workspace) => {
          switcher.mutate(workspace.id);
          close();
          void navigate(`/w/${workspace.id}`);
        },
      },
    );
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      opened={opened}
      onClose={close}
      title={intl.formatMessage({ id: 'workspace.new' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={create.error} />
          <TextInput
            label={intl.formatMessage({ id: 'workspace.name' })}
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button type="submit" loading={create.isPending}>
              <FormattedMessage id="common.create" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
