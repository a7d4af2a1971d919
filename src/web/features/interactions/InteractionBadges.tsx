import { Badge, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Direction, Sentiment } from './interactions.types.js';

const SENTIMENT_COLORS: Record<Sentiment, string> = { positive: 'green', neutral: 'gray', negative: 'red' };

interface Props {
  isMeeting?: boolean;
  planned?: boolean;
  direction?: Direction | null;
  sentiment?: Sentiment | null;
  size?: 'xs' | 'sm' | 'md';
}

/** Meeting, planned, who reached out and how it went, as small badges. */
export function InteractionBadges({ isMeeting, planned, direction, sentiment, size = 'sm' }: Props) {
  return (
    <Group gap={4} wrap="wrap">
      {isMeeting ? (
        <Badge size={size} color="violet" variant="light">
          <FormattedMessage id="interaction.meeting" />
        </Badge>
      ) : null}
      {planned ? (
        <Badge size={size} color="blue" variant="outline" data-testid="planned-badge">
          <FormattedMessage id="interaction.planned" />
        </Badge>
      ) : null}
      {direction ? (
        <Badge size={size} color="gray" variant="outline">
          <FormattedMessage id={`interaction.direction.${direction}`} />
        </Badge>
      ) : null}
      {sentiment ? (
        <Badge size={size} color={SENTIMENT_COLORS[sentiment]} variant="dot">
          <FormattedMessage id={`interaction.sentiment.${sentiment}`} />
        </Badge>
      ) : null}
    </Group>
  );
}
