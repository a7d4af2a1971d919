import { Group, Progress, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { OneSidedBadge } from './Badges.js';
import type { ValueSnapshot } from './relationships.types.js';

/** Scores of 2 or lower make a relationship one-sided. */
export const LOW_SCORE = 2;

function Score({ labelId, score }: { labelId: string; score: number }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: labelId });
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          <FormattedMessage id="relationship.score" values={{ score }} />
        </Text>
      </Group>
      <Progress
        value={score * 20}
        color={score <= LOW_SCORE ? 'orange' : 'teal'}
        aria-label={`${label} ${intl.formatMessage({ id: 'relationship.score' }, { score })}`}
      />
    </Stack>
  );
}

/** The latest answers to "can we help them?" and "can they help us?". */
export function ValueSummary({ value, oneSided }: { value: ValueSnapshot | null; oneSided: boolean }) {
  const format = useFormat();
  if (!value)
    return (
      <Text size="sm" c="dimmed" data-testid="value-summary">
        <FormattedMessage id="value.none" />
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="value-summary">
      <Score labelId="value.canWeHelp" score={value.canWeHelp} />
      <Score labelId="value.canTheyHelp" score={value.canTheyHelp} />
      <Group gap="xs" justify="space-between">
        <Text size="xs" c="dimmed">
          <FormattedMessage id="value.assessedOn" values={{ date: format.day(value.assessedOn) }} />
        </Text>
        {oneSided ? <OneSidedBadge /> : null}
      </Group>
    </Stack>
  );
}
