import { Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { RemindersForm } from './RemindersForm.js';
import { useReminders } from './reminders.queries.js';

/** The member's own reminder choices in this workspace (every member, whatever their role). */
export function RemindersPage() {
  const { workspace, session } = useWorkspace();
  const reminders = useReminders(workspace.id);
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        <FormattedMessage id="reminders.title" />
      </Title>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="reminders.intro" values={{ workspace: workspace.name, email: session.user.email }} />
      </Text>
      <ErrorAlert error={reminders.error} />
      {reminders.isPending ? <PageLoader /> : null}
      {reminders.data ? (
        <RemindersForm key={JSON.stringify(reminders.data)} workspaceId={workspace.id} saved={reminders.data} />
      ) : null}
    </Stack>
  );
}
