import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { notifySaved } from '../../components/notify.js';
import { useMappedErrors } from '../partners/useMappedErrors.js';
import { buildPatch, conflicts, keepMine } from './conflict.js';
import { formPathOf, toInput } from './formValues.js';
import { InteractionConflictModal } from './InteractionConflictModal.js';
import { InteractionForm } from './InteractionForm.js';
import { interactionsKey, staleCurrent, useUpdateInteraction } from './interactions.queries.js';
import type { Interaction, InteractionInput } from './interactions.types.js';

interface Props {
  workspaceId: string;
  userId: string;
  interaction: Interaction;
}

/** The edit form with the version rule: a stale save opens the conflict dialog. */
export function EditInteractionForm({ workspaceId, userId, interaction }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const detail = `/w/${workspaceId}/interactions/${interaction.id}`;
  // What the user started from: edits are the difference to it.
  const [base, setBase] = useState(() => ({ input: toInput(interaction), version: interaction.version }));
  const [input, setInput] = useState<InteractionInput>(base.input);
  const [sent, setSent] = useState(input);
  const [current, setCurrent] = useState<Interaction | null>(null);
  const update = useUpdateInteraction(workspaceId);
  const formPath = useMemo(() => formPathOf(sent), [sent]);
  const errors = useMappedErrors(update.error && !staleCurrent(update.error) ? update.error : null, formPath);

  const send = (from: InteractionInput, mine: InteractionInput, version: number) => {
    setSent(mine);
    update.mutate(
      { id: interaction.id, patch: buildPatch(from, mine), version },
      {
        onSuccess: () => {
          notifySaved(intl);
          void navigate(detail);
        },
        onError: (error) => {
          const latest = staleCurrent<Interaction>(error);
          if (latest) setCurrent(latest);
        },
      },
    );
  };

  const keep = () => {
    if (!current) return;
    const theirs = toInput(current);
    const merged = keepMine(base.input, input, theirs);
    setBase({ input: theirs, version: current.version });
    setInput(merged);
    setCurrent(null);
    send(theirs, merged, current.version);
  };

  const discard = () => {
    if (!current) return;
    const theirs = toInput(current);
    setBase({ input: theirs, version: current.version });
    setInput(theirs);
    setCurrent(null);
    update.reset();
    client.setQueryData([...interactionsKey(workspaceId), 'one', current.id], current);
  };

  return (
    <>
      <InteractionForm
        workspaceId={workspaceId}
        userId={userId}
        value={input}
        isNew={false}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        errors={errors.fields}
        submitting={update.isPending}
        onSubmit={() => send(base.input, input, base.version)}
        onCancel={() => void navigate(detail)}
      >
        {errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </InteractionForm>
      {current ? (
        <InteractionConflictModal
          workspaceId={workspaceId}
          conflicts={conflicts(base.input, toInput(current), input)}
          theirs={toInput(current)}
          mine={input}
          updatedBy={current.updatedBy?.name ?? null}
          saving={update.isPending}
          onKeepMine={keep}
          onDiscard={discard}
          onClose={() => setCurrent(null)}
        />
      ) : null}
    </>
  );
}
