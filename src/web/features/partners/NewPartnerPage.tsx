import { Alert, Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/index.js';
import { useMappedErrors, useWorkspace } from '../../shared/index.js';
import { DuplicateList } from './DuplicateList.js';
import { compactInput, emptyInput } from './formValues.js';
import { PartnerForm } from './PartnerForm.js';
import { useCreatePartner } from './partners.queries.js';
import type { Duplicate, PartnerInput } from './partners.types.js';
import { useDuplicateCheck } from './useDuplicateCheck.js';

/** The 409's matches, when the server refused a duplicate. */
function conflictDuplicates(error: unknown): Duplicate[] {
  if (!(error instanceof ApiError) || error.code !== 'duplicate') return [];
  const list = (error.problem as { duplicates?: Duplicate[] } | null)?.duplicates;
  return Array.isArray(list) ? list : [];
}

/** Creates a partner, warning about look-alikes while typing and when the server refuses a duplicate. */
export function NewPartnerPage() {
  const { session, workspace } = useWorkspace();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const root = `/w/${workspace.id}/partners`;
  const [input, setInput] = useState<PartnerInput>(() =>
    emptyInput(params.get('type') === 'person' ? 'person' : 'organization', session.user.id),
  );
  const [names, setNames] = useState<Record<string, string>>({});
  const create = useCreatePartner(workspace.id);
  const compacted = compactInput(input);
  const [formPath, setFormPath] = useState(() => compacted.formPath);
  const errors = useMappedErrors(create.error, formPath);
  const typed = useDuplicateCheck(workspace.id, input);
  const refused = conflictDuplicates(create.error);

  const save = (ignoreDuplicates: boolean) => {
    setFormPath(() => compacted.formPath);
    create.mutate(
      { ...compacted.body, ...(ignoreDuplicates ? { ignoreDuplicates: true } : {}) },
      { onSuccess: (partner) => void navigate(`${root}/${partner.id}`) },
    );
  };

  return (
    <Stack maw={980}>
      <Title order={1} size="h2">
        <FormattedMessage id="partners.new" />
      </Title>
      <PartnerForm
        workspaceId={workspace.id}
        value={input}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        names={names}
        onNames={setNames}
        errors={errors.fields}
        submitting={create.isPending}
        onSubmit={() => save(false)}
        onCancel={() => void navigate(root)}
      >
        {refused.length > 0 ? (
          <DuplicateList workspaceId={workspace.id} duplicates={refused} titleId="duplicates.refused">
            <Button mt="sm" size="xs" color="yellow" onClick={() => save(true)} loading={create.isPending}>
              <FormattedMessage id="duplicates.createAnyway" />
            </Button>
          </DuplicateList>
        ) : (
          <DuplicateList workspaceId={workspace.id} duplicates={typed} titleId="duplicates.warning" />
        )}
        {errors.message && refused.length === 0 ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </PartnerForm>
    </Stack>
  );
}
