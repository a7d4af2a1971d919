import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ConflictDialog, notifySaved } from '../../components/index.js';
import { useVersionedEdit } from '../../shared/index.js';
import { compactInput, relationshipEdits, toInput } from './formValues.js';
import { RelationshipForm } from './RelationshipForm.js';
import { storeRelationship, useUpdateRelationship } from './relationships.queries.js';
import type { Relationship } from './relationships.types.js';
import { useFieldDisplay } from './useFieldDisplay.js';
import { useTierCadence } from './useTierCadence.js';

/** The edit form with the version rule: a stale save opens the conflict dialog. */
export function EditRelationshipForm({
  workspaceId,
  relationship,
}: {
  workspaceId: string;
  relationship: Relationship;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const detail = `/w/${workspaceId}/relationships/${relationship.id}`;
  const edit = useVersionedEdit({
    resource: relationship,
    toInput,
    edits: relationshipEdits,
    compact: compactInput,
    update: useUpdateRelationship(workspaceId),
    onSaved: () => {
      notifySaved(intl);
      void navigate(detail);
    },
    onDiscard: (current) => storeRelationship(client, workspaceId, current),
  });
  // Members who left the team on either side are named from the relationships themselves.
  const display = useFieldDisplay(workspaceId, [...relationship.team, ...(edit.current?.team ?? [])]);
  const tierCadence = useTierCadence(workspaceId);

  return (
    <>
      <RelationshipForm
        workspaceId={workspaceId}
        value={edit.input}
        onChange={edit.change}
        errors={edit.errors.fields}
        tierCadence={tierCadence}
        submitting={edit.saving}
        onSubmit={edit.submit}
        onCancel={() => void navigate(detail)}
      >
        {edit.errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {edit.errors.message}
          </Alert>
        ) : null}
      </RelationshipForm>
      {edit.choice ? (
        <ConflictDialog
          introId="relationship.conflictIntro"
          choice={edit.choice}
          display={display}
          saving={edit.saving}
        />
      ) : null}
    </>
  );
}
