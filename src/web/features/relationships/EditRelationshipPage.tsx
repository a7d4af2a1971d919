import { Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { EditRelationshipForm } from './EditRelationshipForm.js';
import { useRelationship } from './relationships.queries.js';

/** Edits a relationship loaded once: later server changes show up as a conflict on save. */
export function EditRelationshipPage() {
  const { workspace } = useWorkspace();
  const { relationshipId } = useParams();
  const relationship = useRelationship(workspace.id, relationshipId);
  return (
    <Stack maw={980}>
      <Title order={1} size="h2">
        <FormattedMessage id="relationships.edit" values={{ name: relationship.data?.partner.name ?? '' }} />
      </Title>
      <ErrorAlert error={relationship.error} />
      {relationship.isPending ? <PageLoader /> : null}
      {relationship.data ? (
        <EditRelationshipForm key={relationship.data.id} workspaceId={workspace.id} relationship={relationship.data} />
      ) : null}
    </Stack>
  );
}
