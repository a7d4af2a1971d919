import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { notifyError, notifySaved } from '../../components/notify.js';
import { buildPatch, conflicts, toInput } from './conflict.js';
import { ConflictModal } from './ConflictModal.js';
import { DuplicateList } from './DuplicateList.js';
import { compactInput } from './formValues.js';
import { PartnerForm } from './PartnerForm.js';
import { partnersKey, useMergePartners, useUpdatePartner } from './partners.queries.js';
import type { Duplicate, Partner, PartnerInput } from './partners.types.js';
import { useDuplicateCheck } from './useDuplicateCheck.js';
import { useMappedErrors } from './useMappedErrors.js';

/** The server's partner in a 412 answer. */
function staleCurrent(error: unknown): Partner | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.problem as { current?: Partner } | null)?.current ?? null;
}

const namesOf = (partner: Partner) => Object.fromEntries(partner.affiliations.map((a) => [a.partnerId, a.partnerName]));

/** The edit form with the version rule: a stale save opens the conflict dialog. */
export function EditPartnerForm({ workspaceId, partner }: { workspaceId: string; partner: Partner }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const detail = `/w/${workspaceId}/partners/${partner.id}`;
  // What the user started from: edits are the difference to it.
  const [base, setBase] = useState(() => ({ input: toInput(partner), version: partner.version }));
  const [input, setInput] = useState<PartnerInput>(base.input);
  const [names, setNames] = useState(() => namesOf(partner));
  const [current, setCurrent] = useState<Partner | null>(null);
  const update = useUpdatePartner(workspaceId);
  const merge = useMergePartners(workspaceId);
  const compacted = compactInput(input);
  const [formPath, setFormPath] = useState(() => compacted.formPath);
  const errors = useMappedErrors(update.error && !staleCurrent(update.error) ? update.error : null, formPath);
  const duplicates = useDuplicateCheck(workspaceId, input, partner.id);

  const send = (from: PartnerInput, mine: PartnerInput, onto: PartnerInput, version: number) => {
    setFormPath(() => compactInput(mine).formPath);
    update.mutate(
      { id: partner.id, patch: buildPatch(from, compactInput(mine).body, onto), version },
      {
        onSuccess: (saved) => {
          client.setQueryData([...partnersKey(workspaceId), 'one', saved.id], saved);
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
    const merged = { ...theirs, ...buildPatch(base.input, compacted.body, theirs) };
    setBase({ input: theirs, version: current.version });
    setNames((old) => ({ ...old, ...namesOf(current) }));
    setInput(merged);
    setCurrent(null);
    send(theirs, merged, theirs, current.version);
  };

  const discard = () => {
    if (!current) return;
    const theirs = toInput(current);
    setBase({ input: theirs, version: current.version });
    setNames(namesOf(current));
    setInput(theirs);
    setCurrent(null);
    update.reset();
    client.setQueryData([...partnersKey(workspaceId), 'one', current.id], current);
  };

  const mergeInto = (dup: Duplicate) =>
    merge.mutate(
      { survivorId: dup.id, mergedIds: [partner.id] },
      { onSuccess: () => void navigate(`/w/${workspaceId}/partners/${dup.id}`), onError: (e) => notifyError(intl, e) },
    );

  return (
    <>
      <PartnerForm
        workspaceId={workspaceId}
        selfId={partner.id}
        value={input}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        names={names}
        onNames={setNames}
        errors={errors.fields}
        submitting={update.isPending}
        onSubmit={() => send(base.input, input, base.input, base.version)}
        onCancel={() => void navigate(detail)}
      >
        <DuplicateList
          workspaceId={workspaceId}
          duplicates={duplicates}
          titleId="duplicates.warning"
          onMerge={mergeInto}
        />
        {errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </PartnerForm>
      {current ? (
        <ConflictModal
          workspaceId={workspaceId}
          conflicts={conflicts(base.input, toInput(current), compacted.body)}
          theirs={toInput(current)}
          mine={compacted.body}
          theirTags={current.tags}
          names={{ ...names, ...namesOf(current) }}
          updatedBy={current.updatedBy?.name ?? null}
          saving={update.isPending}
          onKeepMine={keepMine}
          onDiscard={discard}
          onClose={() => setCurrent(null)}
        />
      ) : null}
    </>
  );
}
