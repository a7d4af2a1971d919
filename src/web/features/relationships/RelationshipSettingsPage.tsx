import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isManager, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { ChecklistEditor } from './ChecklistEditor.js';
import { useRelationshipSettings } from './relationships.queries.js';
import { STAGES } from '../../../shared/values/relationships.js';
import { RetentionSettingsForm } from '../retention/index.js';
import { TierCadenceForm } from './TierCadenceForm.js';

/** Owners and admins set the tiers' contact cadence, the retention threshold and each stage's checklist. */
export function RelationshipSettingsPage() {
  const { workspace } = useWorkspace();
  const intl = useIntl();
  const settings = useRelationshipSettings(workspace.id);
  if (!isManager(workspace.role)) {
    return (
      <Alert color="red" variant="light">
        <FormattedMessage id="error.code.forbidden" />
      </Alert>
    );
  }
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        <FormattedMessage id="settings.relationships.title" />
      </Title>
      <ErrorAlert error={settings.error} />
      {settings.isPending ? <PageLoader /> : null}
      {settings.data ? (
        <>
          <TierCadenceForm
            key={JSON.stringify(settings.data.tiers)}
            workspaceId={workspace.id}
            tiers={settings.data.tiers}
          />
          <RetentionSettingsForm workspaceId={workspace.id} />
          <Title order={3} size="h4" mt="md">
            <FormattedMessage id="settings.checklists" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="settings.checklistsHelp" />
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {STAGES.map((stage) => (
              <ChecklistEditor
                key={`${stage}-${intl.locale}`}
                workspaceId={workspace.id}
                stage={stage}
                items={settings.data.checklists[stage]}
              />
            ))}
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
