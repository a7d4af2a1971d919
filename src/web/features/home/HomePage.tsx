import { Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useWorkspace } from '../../shared/index.js';
import { useFormat } from '../../i18n/index.js';
import { RetentionCard } from '../retention/index.js';
import { FirstSteps } from './FirstSteps.js';

/** The workspace's home: a welcome, a newcomer's first steps, and the retention balance of the team's work. */
export function HomePage() {
  const { session, workspace } = useWorkspace();
  const intl = useIntl();
  const format = useFormat();
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        <FormattedMessage id="home.welcome" values={{ name: session.user.name }} />
      </Title>
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Text>
            <FormattedMessage
              id="home.workspace"
              values={{ workspace: workspace.name, role: intl.formatMessage({ id: `role.${workspace.role}` }) }}
            />
          </Text>
          <Text c="dimmed" data-testid="today">
            <FormattedMessage id="home.today" values={{ date: format.date(new Date()) }} />
          </Text>
        </Stack>
      </Paper>
      <FirstSteps />
      <RetentionCard workspaceId={workspace.id} />
    </Stack>
  );
}
