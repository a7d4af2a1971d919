import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ConflictDialog, notifyError, notifySaved } from '../../components/index.js';
import { partnersKey, useVersionedEdit } from '../../shared/index.js';
import { partnerEdits, toInput } from './conflict.js';
import { DuplicateList } from './DuplicateList.js';
import { compactInput } from './formValues.js';
import { PartnerForm } from './PartnerForm.js';
import { useMergePartners, useUpdatePartner } from './partners.queries.js';
import type { Duplicate, Partner } from './partners.types.js';
import { useDuplicateCheck } from './useDuplicateCheck.js';
import { useFieldDisplay } from './useFieldDisplay.js';

const NO_TAGS: Partner['tags'] = [];

const namesOf = (partner: Partner) => Object.fromEntries(partner.affiliations.map((a) => [a.partnerId, a.partnerName]));

/** The edit form with the version rule: a stale save opens the conflict dialog. */
export function EditPartnerForm({ workspaceId, partner }: { workspaceId: string; partner: Partner }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const detail = `/w/${workspaceId}/partners/${partner.id}`;
  const [names, setNames] = useState(() => namesOf(partner));
  const store = (saved: Partner) => client.setQueryData([...partnersKey(workspaceId), 'one', saved.id], saved);
  const edit = useVersionedEdit({
    resource: partner,
    toInput,
    edits: partnerEdits,
    compact: compactInput,
    update: useUpdatePartner(workspaceId),
    updatedBy: (current) => current.updatedBy?.name ?? null,
    onSaved: (saved) => {
      store(saved);
      notifySaved(intl);
      void navigate(detail);
    },
    onKeepMine: (current) => setNames((old) => ({ ...old, ...namesOf(current) })),
    onDiscard: (current) => {
      setNames(namesOf(current));
      store(current);
    },
  });
  // Their version may name affiliated partners and tags the user's form has not seen.
  const display = useFieldDisplay(
    workspaceId,
    edit.current ? { ...names, ...namesOf(edit.current) } : names,
    edit.current?.tags ?? NO_TAGS,
  );
  const merge = useMergePartners(workspaceId);
  const duplicates = useDuplicateCheck(workspaceId, edit.input, partner.id);

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
        value={edit.input}
        onChange={edit.change}
        names={names}
        onNames={setNames}
        errors={edit.errors.fields}
        submitting={edit.saving}
        onSubmit={edit.submit}
        onCancel={() => void navigate(detail)}
      >
        <DuplicateList
          workspaceId={workspaceId}
          duplicates={duplicates}
          titleId="duplicates.warning"
          onMerge={mergeInto}
        />
        {edit.errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {edit.errors.message}
          </Alert>
        ) : null}
      </PartnerForm>
      {edit.choice ? (
        <ConflictDialog introId="conflict.intro" choice={edit.choice} display={display} saving={edit.saving} />
      ) : null}
    </>
  );
}
