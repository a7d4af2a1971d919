import { Group, Progress, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { RetentionBalance } from './retention.queries.js';

/** Existing relationships and new prospects as one bar, with a legend giving the counts and shares. */
export function RetentionBar({ balance: b }: { balance: RetentionBalance }) {
  const format = useFormat();
  const intl = useIntl();
  const prospects = b.prospectShare ?? 0;
  const parts = [
    { key: 'existing', color: 'blue', count: b.existing, share: 100 - prospects },
    { key: 'prospects', color: b.belowThreshold ? 'orange' : 'teal', count: b.prospects, share: prospects },
  ];
  return (
    <>
      <Progress.Root size={18} radius="sm" data-testid="retention-bar">
        {parts.map((p) => (
          <Progress.Section
            key={p.key}
            value={p.share}
            color={p.color}
            // Each part of the bar is a progress bar: it is named by its line of the legend.
            aria-label={intl.formatMessage(
              { id: `retention.${p.key}` },
              { count: p.count, share: format.percent(p.share / 100, 1) },
            )}
            data-testid={`retention-${p.key}`}
          />
        ))}
      </Progress.Root>
      <Group gap="lg" wrap="wrap">
        {parts.map((p) => (
          <Group key={p.key} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${p.color}-filled)` }}
            />
            <Text size="sm">
              <FormattedMessage
                id={`retention.${p.key}`}
                values={{ count: p.count, share: format.percent(p.share / 100, 1) }}
              />
            </Text>
          </Group>
        ))}
      </Group>
    </>
  );
}
