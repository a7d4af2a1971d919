import { Anchor, Badge, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import { InteractionBadges } from '../interactions/index.js';
import type { InteractionItem } from './timeline.types.js';
import { TimelineEntry } from './TimelineEntry.js';
import { SOFT_TEXT } from '../../components/index.js';

interface Props {
  workspaceId: string;
  item: InteractionItem;
  /** The partner whose timeline this is: not linked again on each row. */
  partnerId: string;
}

/** An interaction or meeting: kind, subject (a link to it), outcome, who took part, the start of its notes. */
export function InteractionRow({ workspaceId, item, partnerId }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const kind = intl.formatMessage({ id: `interaction.kind.${item.kind}` });
  const others = item.partners.filter((p) => p.id !== partnerId);
  const meta = [
    format.dateTime(item.at),
    item.durationMinutes ? intl.formatMessage({ id: 'interaction.duration' }, { minutes: item.durationMinutes }) : null,
    item.members.map((m) => m.name).join(', ') || null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <TimelineEntry icon={item.kind} color={item.type === 'meeting' ? 'violet' : 'blue'} meta={meta} type={item.type}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/w/${workspaceId}/interactions/${item.id}`} fw={600} size="sm">
          <bdi>{item.title || kind}</bdi>
        </Anchor>
        {item.title ? (
          <Text size="xs" c="dimmed">
            {kind}
          </Text>
        ) : null}
        <InteractionBadges
          isMeeting={item.type === 'meeting'}
          planned={item.planned}
          direction={item.direction}
          sentiment={item.sentiment}
          size="xs"
        />
        {item.openActionItems > 0 ? (
          <Badge size="xs" color="teal" variant="light">
            <FormattedMessage id="timeline.openActionItems" values={{ count: item.openActionItems }} />
          </Badge>
        ) : null}
      </Group>
      {others.length ? (
        <Group gap={6} wrap="wrap">
          {others.map((p) => (
            <Anchor key={p.id} component={Link} to={`/w/${workspaceId}/partners/${p.id}`} size="xs">
              <bdi>{p.name}</bdi>
            </Anchor>
          ))}
        </Group>
      ) : null}
      {item.summary ? (
        <Text size="sm" lineClamp={2} c={SOFT_TEXT} dir="auto">
          {item.summary}
        </Text>
      ) : null}
    </TimelineEntry>
  );
}
