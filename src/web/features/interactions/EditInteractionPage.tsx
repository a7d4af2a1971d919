import { Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { EditInteractionForm } from './EditInteractionForm.js';
import { useInteraction } from './interactions.queries.js';

/** Edits an interaction, loaded once: later server changes show up as a conflict on save. */
export function EditInteractionPage() {
  const { workspace, session } = useWorkspace();
  const { interactionId } = useParams();
  const query = useInteraction(workspace.id, interactionId);
  return (
    <Stack maw={980}>
      <Title order={1} size="h2">
        <FormattedMessage id="interaction.editTitle" />
      </Title>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <EditInteractionForm
          key={query.data.id}
          workspaceId={workspace.id}
          userId={session.user.id}
          interaction={query.data}
        />
      ) : null}
    </Stack>
  );
}
