import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ConflictDialog, notifySaved } from '../../components/index.js';
import { interactionsKey, useVersionedEdit } from '../../shared/index.js';
import { compactInteraction, interactionEdits } from './conflict.js';
import { toInput } from './formValues.js';
import { InteractionForm } from './InteractionForm.js';
import { useUpdateInteraction } from './interactions.queries.js';
import type { Interaction } from './interactions.types.js';
import { useFieldDisplay } from './useFieldDisplay.js';

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
  const edit = useVersionedEdit({
    resource: interaction,
    toInput,
    edits: interactionEdits,
    compact: compactInteraction,
    update: useUpdateInteraction(workspaceId),
    updatedBy: (current) => current.updatedBy?.name ?? null,
    onSaved: () => {
      notifySaved(intl);
      void navigate(detail);
    },
    onDiscard: (current) => client.setQueryData([...interactionsKey(workspaceId), 'one', current.id], current),
  });
  const display = useFieldDisplay(workspaceId);

  return (
    <>
      <InteractionForm
        workspaceId={workspaceId}
        userId={userId}
        value={edit.input}
        isNew={false}
        autoFocus
        onChange={edit.change}
        errors={edit.errors.fields}
        submitting={edit.saving}
        onSubmit={edit.submit}
        onCancel={() => void navigate(detail)}
      >
        {edit.errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {edit.errors.message}
          </Alert>
        ) : null}
      </InteractionForm>
      {edit.choice ? (
        <ConflictDialog
          introId="interaction.conflictIntro"
          choice={edit.choice}
          display={display}
          saving={edit.saving}
        />
      ) : null}
    </>
  );
}
