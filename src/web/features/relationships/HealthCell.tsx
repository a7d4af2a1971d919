import { Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { HealthBadge } from '../health/index.js';
import { schemeText } from '../../components/index.js';

/** A list's health column: the score, and in the "losing touch" view how many points it fell in 30 days. */
export function HealthCell({ score, drop }: { score: number | null | undefined; drop: number | null | undefined }) {
  const format = useFormat();
  return (
    <Group gap={6} wrap="nowrap">
      <HealthBadge score={score} />
      {drop ? (
        <Text size="xs" c={schemeText('red')} fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="health-drop">
          <FormattedMessage id="health.drop" values={{ change: <bdi>{format.signed(-drop)}</bdi> }} />
        </Text>
      ) : null}
    </Group>
  );
}
