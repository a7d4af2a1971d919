import { Alert, Anchor, Group, Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { User } from '../../api/index.js';
import { useMappedErrors } from '../../shared/index.js';
import { createBody, emptyInput, formPathOf } from './formValues.js';
import { InteractionForm } from './InteractionForm.js';
import { useCreateInteraction } from './interactions.queries.js';
import type { InteractionInput, InteractionPrefill } from './interactions.types.js';

interface Props {
  workspaceId: string;
  user: User;
  prefill: InteractionPrefill;
  onClose: () => void;
}

/** The "log interaction" dialog: a new interaction or meeting, then a toast with a link to it. */
export function LogInteractionModal({ workspaceId, user, prefill, onClose }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const small = useMediaQuery('(max-width: 48em)');
  const [input, setInput] = useState<InteractionInput>(() => emptyInput(user.id, user.timeZone, prefill));
  const [sent, setSent] = useState(input);
  const create = useCreateInteraction(workspaceId);
  const formPath = useMemo(() => formPathOf(sent), [sent]);
  const errors = useMappedErrors(create.error, formPath);

  const submit = () => {
    setSent(input);
    create.mutate(createBody(input), {
      onSuccess: (saved) => {
        const id = `logged-${saved.id}`;
        const path = `/w/${workspaceId}/interactions/${saved.id}`;
        // Toasts live outside the router: a plain link that navigates through it.
        const open = (event: MouseEvent) => {
          event.preventDefault();
          notifications.hide(id);
          void navigate(path);
        };
        notifications.show({
          id,
          color: 'green',
          message: (
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm">
                <FormattedMessage id={saved.isMeeting ? 'interaction.loggedMeeting' : 'interaction.logged'} />
              </Text>
              <Anchor href={path} onClick={open} size="sm" data-testid="logged-link">
                <FormattedMessage id="interaction.open" />
              </Anchor>
            </Group>
          ),
          closeButtonProps: { 'aria-label': intl.formatMessage({ id: 'common.close' }) },
        });
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={small}
      title={intl.formatMessage({ id: 'interaction.logTitle' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      data-testid="log-interaction"
    >
      <InteractionForm
        workspaceId={workspaceId}
        userId={user.id}
        value={input}
        isNew
        autoFocus={!prefill.partners?.length}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        errors={errors.fields}
        submitting={create.isPending}
        onSubmit={submit}
        onCancel={onClose}
      >
        {errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </InteractionForm>
    </Modal>
  );
}
