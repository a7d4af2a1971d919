import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { notifySaved } from '../../components/notify.js';
import { buildPatch, compactInput, conflicts, toInput } from './formValues.js';
import { staleCurrent } from './problems.js';
import { RelationshipConflictModal } from './RelationshipConflictModal.js';
import { RelationshipForm } from './RelationshipForm.js';
import { storeRelationship, useUpdateRelationship } from './relationships.queries.js';
import type { Relationship, RelationshipInput } from './relationships.types.js';
import { useMappedErrors } from '../partners/useMappedErrors.js';
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
  // What the user started from: edits are the difference to it.
  const [base, setBase] = useState(() => ({ input: toInput(relationship), version: relationship.version }));
  const [input, setInput] = useState<RelationshipInput>(base.input);
  const [current, setCurrent] = useState<Relationship | null>(null);
  const update = useUpdateRelationship(workspaceId);
  const tierCadence = useTierCadence(workspaceId);
  const compacted = compactInput(input);
  const [formPath, setFormPath] = useState(() => compacted.formPath);
  const errors = useMappedErrors(update.error && !staleCurrent(update.error) ? update.error : null, formPath);

  const send = (from: RelationshipInput, mine: RelationshipInput, version: number) => {
    setFormPath(() => compactInput(mine).formPath);
    update.mutate(
      { id: relationship.id, patch: buildPatch(compactInput(from).body, compactInput(mine).body), version },
      {
        onSuccess: () => {
          notifySaved(intl);
          void navigate(detail);
        },
        onError: (error) => {
          const latest = staleCurrent(error);
          if (latest) setCurrent(latest);
        },
      },
    );
  };

  const keepMine = () => {
    if (!current) return;
    const theirs = toInput(current);
    const merged = { ...theirs, ...buildPatch(base.input, input) };
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
    storeRelationship(client, workspaceId, current);
  };

  return (
    <>
      <RelationshipForm
        workspaceId={workspaceId}
        value={input}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        errors={errors.fields}
        tierCadence={tierCadence}
        submitting={update.isPending}
        onSubmit={() => send(base.input, input, base.version)}
        onCancel={() => void navigate(detail)}
      >
        {errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </RelationshipForm>
      {current ? (
        <RelationshipConflictModal
          workspaceId={workspaceId}
          conflicts={conflicts(base.input, toInput(current), input)}
          theirs={toInput(current)}
          mine={input}
          team={[...relationship.team, ...current.team]}
          updatedBy={null}
          saving={update.isPending}
          onKeepMine={keepMine}
          onDiscard={discard}
          onClose={() => setCurrent(null)}
        />
      ) : null}
    </>
  );
}
