import { Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { HealthComponent } from './health.types.js';
import { componentNameId, componentReason } from './wording.js';

/** Each component's contribution in words: "−12: no contact for 47 days, cadence is 30". */
export function HealthComponents({ components }: { components: HealthComponent[] }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <Stack gap={6} component="ul" p={0} m={0} data-testid="health-components">
      {components.map((c) => {
        const reason = componentReason(c);
        const nameId = componentNameId(c.key);
        const contribution = Math.round(c.contribution);
        return (
          <Group
            key={c.key}
            component="li"
            gap="xs"
            wrap="nowrap"
            align="baseline"
            style={{ listStyle: 'none' }}
            data-testid="health-component"
            data-key={c.key}
          >
            <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0 }}>
              {nameId ? <FormattedMessage id={nameId} /> : c.key}
            </Text>
            <Text size="sm" c={contribution < 0 ? undefined : 'dimmed'}>
              <FormattedMessage
                id="health.line"
                values={{
                  // Isolated, so in Persian the signed number stays before the colon instead of joining the reason's
                  // digits.
                  contribution: (
                    <Text component="bdi" fw={700} c={contribution < 0 ? 'red' : 'green'}>
                      {format.signed(contribution)}
                    </Text>
                  ),
                  reason: intl.formatMessage({ id: reason.id }, reason.values),
                }}
              />
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
