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
import { LogConfirm } from './LogConfirm.js';
import { hasTyped, occurredAtProblem } from './logGuards.js';
import { showToast } from '../../components/index.js';

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
  const [initial] = useState<InteractionInput>(() => emptyInput(user.id, user.timeZone, prefill));
  const [input, setInput] = useState(initial);
  const [sent, setSent] = useState(input);
  // A question the dialog asks before it saves or closes; a cleared date is an error on its field.
  const [asking, setAsking] = useState<'farFuture' | 'discard' | null>(null);
  const [noDate, setNoDate] = useState(false);
  const create = useCreateInteraction(workspaceId);
  const formPath = useMemo(() => formPathOf(sent), [sent]);
  const errors = useMappedErrors(create.error, formPath);
  const t = (id: string) => intl.formatMessage({ id });
  const fields = noDate ? { ...errors.fields, occurredAt: t('interaction.dateRequired') } : errors.fields;

  const change = (next: Partial<InteractionInput>) => {
    setInput((old) => ({ ...old, ...next }));
    if ('localTime' in next) {
      setNoDate(false);
      if (asking === 'farFuture') setAsking(null);
    }
  };
  const requestClose = () => (hasTyped(input, initial) ? setAsking('discard') : onClose());
  const submit = () => {
    const problem = occurredAtProblem(input, new Date());
    if (problem === 'missing') setNoDate(true);
    else if (problem === 'farFuture') setAsking('farFuture');
    else save();
  };

  const save = () => {
    setAsking(null);
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
        showToast({
          live: 'status',
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
      onClose={requestClose}
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
        onChange={change}
        errors={fields}
        submitting={create.isPending}
        onSubmit={submit}
        onCancel={requestClose}
      >
        {asking === 'farFuture' ? (
          <LogConfirm
            testId="confirm-far-future"
            question={t('interaction.farFuture')}
            confirm={t('interaction.farFutureConfirm')}
            back={t('interaction.changeDate')}
            onConfirm={save}
            onBack={() => setAsking(null)}
          />
        ) : null}
        {asking === 'discard' ? (
          <LogConfirm
            testId="confirm-discard"
            question={t('interaction.discardQuestion')}
            confirm={t('interaction.discard')}
            back={t('interaction.keepEditing')}
            onConfirm={onClose}
            onBack={() => setAsking(null)}
          />
        ) : null}
        {errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </InteractionForm>
    </Modal>
  );
}
