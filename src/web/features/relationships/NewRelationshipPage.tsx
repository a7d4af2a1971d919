import { Alert, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { useMappedErrors, useWorkspace } from '../../shared/index.js';
import { usePartner } from '../partners/index.js';
import { compactInput, emptyInput } from './formValues.js';
import { useRelationshipOptions } from './options.js';
import { PartnerSelect } from './PartnerSelect.js';
import { RelationshipForm } from './RelationshipForm.js';
import { useCreateRelationship } from './relationships.queries.js';
import type { PartnerRef, RelationshipInput, Stage } from './relationships.types.js';
import { useTierCadence } from './useTierCadence.js';

/** Starts a relationship; `?partner=<id>` (from a partner's page) chooses the partner. */
export function NewRelationshipPage() {
  const { session, workspace } = useWorkspace();
  const [params] = useSearchParams();
  const given = usePartner(workspace.id, params.get('partner') ?? undefined);
  return (
    <Stack maw={980}>
      <Title order={1} size="h2">
        <FormattedMessage id="relationships.new" />
      </Title>
      {/* Waits for the partner named in the address, so the form starts with it. */}
      {params.get('partner') && given.isPending ? null : (
        <NewRelationshipForm
          workspaceId={workspace.id}
          ownerId={session.user.id}
          partner={given.data ? { id: given.data.id, name: given.data.name, type: given.data.type } : null}
        />
      )}
    </Stack>
  );
}

function NewRelationshipForm({
  workspaceId,
  ownerId,
  partner: initial,
}: {
  workspaceId: string;
  ownerId: string;
  partner: PartnerRef | null;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const options = useRelationshipOptions();
  const tierCadence = useTierCadence(workspaceId);
  const [partner, setPartner] = useState<PartnerRef | null>(initial);
  const [stage, setStage] = useState<Stage>('formation');
  const [input, setInput] = useState<RelationshipInput>(() => emptyInput(ownerId));
  const create = useCreateRelationship(workspaceId);
  const compacted = compactInput(input);
  const [formPath, setFormPath] = useState(() => compacted.formPath);
  const errors = useMappedErrors(create.error, formPath);
  const [missingPartner, setMissingPartner] = useState(false);

  const save = () => {
    if (!partner) {
      setMissingPartner(true);
      return;
    }
    setFormPath(() => compacted.formPath);
    // Empty values are left out, so the server's defaults apply; but a cleared owner means none
    // (left out, the owner would be the caller).
    const body = Object.fromEntries(
      Object.entries(compacted.body).filter(([k, v]) => k === 'ownerId' || (v !== null && v !== '')),
    );
    create.mutate(
      { ...body, partnerId: partner.id, stage },
      { onSuccess: (saved) => void navigate(`/w/${workspaceId}/relationships/${saved.id}`) },
    );
  };

  return (
    <RelationshipForm
      workspaceId={workspaceId}
      value={input}
      onChange={(change) => setInput((old) => ({ ...old, ...change }))}
      errors={errors.fields}
      tierCadence={tierCadence}
      submitting={create.isPending}
      onSubmit={save}
      onCancel={() =>
        void navigate(initial ? `/w/${workspaceId}/partners/${initial.id}` : `/w/${workspaceId}/relationships`)
      }
      header={
        <>
          <PartnerSelect
            workspaceId={workspaceId}
            value={partner}
            error={
              errors.fields.partnerId ??
              (missingPartner && !partner ? intl.formatMessage({ id: 'error.rule.required' }) : undefined)
            }
            onChange={setPartner}
          />
          <Select
            label={intl.formatMessage({ id: 'relationship.field.stage' })}
            data={options.stages}
            value={stage}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={errors.fields.stage}
            onChange={(v) => v && setStage(v as Stage)}
          />
        </>
      }
    >
      {errors.message ? (
        <Alert color="red" variant="light" role="alert" data-testid="error-alert">
          {errors.message}
        </Alert>
      ) : null}
    </RelationshipForm>
  );
}
