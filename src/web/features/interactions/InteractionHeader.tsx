import { Group, Stack, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ActivityIcon } from './ActivityIcon.js';
import { InteractionBadges } from './InteractionBadges.js';
import { LocationText } from './LocationText.js';
import type { Interaction } from './interactions.types.js';
import { WhenText } from './WhenText.js';

/** Kind icon, subject (or the kind), badges and when it happened. */
export function InteractionHeader({ interaction: i }: { interaction: Interaction }) {
  const intl = useIntl();
  const kind = intl.formatMessage({ id: `interaction.kind.${i.kind}` });
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap">
        <ActivityIcon type={i.kind} color={i.isMeeting ? 'violet' : 'blue'} size={36} />
        <Title order={1} size="h2" data-testid="interaction-title">
          {i.subject || kind}
        </Title>
      </Group>
      <Group gap="xs">
        {i.subject ? (
          <Title order={3} size="sm" fw={500} c="dimmed">
            {kind}
          </Title>
        ) : null}
        <InteractionBadges
          isMeeting={i.isMeeting}
          planned={i.planned}
          direction={i.direction}
          sentiment={i.sentiment}
        />
      </Group>
      <WhenText at={i.occurredAt} timeZone={i.timeZone} durationMinutes={i.durationMinutes} c="dimmed" />
      <LocationText location={i.location} />
    </Stack>
  );
}
