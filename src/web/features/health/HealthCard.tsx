import { Group, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { HealthComponents } from './HealthComponents.js';
import { useHealth } from './health.queries.js';
import { HealthTrend } from './HealthTrend.js';
import { healthColor } from './score.js';

/** The relationship's health: its score in colour, the 90-day trend and what each component added or took away. */
export function HealthCard({ workspaceId, relationshipId }: { workspaceId: string; relationshipId: string }) {
  const format = useFormat();
  const health = useHealth(workspaceId, relationshipId);
  const h = health.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="health-card">
      <Title order={3} size="h5" mb="sm">
        <FormattedMessage id="health.title" />
      </Title>
      <ErrorAlert error={health.error} />
      {h ? (
        <Stack gap="sm">
          <Group gap="md" wrap="nowrap" align="center">
            <RingProgress
              size={84}
              thickness={8}
              roundCaps
              sections={[{ value: h.score, color: healthColor(h.score) }]}
              label={
                <Text ta="center" fw={700} size="lg" data-testid="health-score" data-score={h.score}>
                  {format.number(h.score)}
                </Text>
              }
            />
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <HealthTrend health={h} />
              <Text size="xs" c="dimmed">
                {h.drop30d > 0 ? (
                  <FormattedMessage id="health.dropped" values={{ points: h.drop30d }} />
                ) : (
                  <FormattedMessage id="health.trendCaption" />
                )}
              </Text>
            </Stack>
          </Group>
          <HealthComponents components={h.components} />
        </Stack>
      ) : null}
    </Paper>
  );
}
