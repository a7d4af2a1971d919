import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { directionOf, useFormat, useLocale } from '../../i18n/index.js';
import { StageBadge } from '../relationships/index.js';
import type { AssessmentItem, StageChangeItem } from './timeline.types.js';
import { TimelineEntry } from './TimelineEntry.js';
import { SOFT_TEXT } from '../../components/index.js';

interface Props<T> {
  workspaceId: string;
  item: T;
  /** On a partner's timeline: which of its relationships this is about; null on the relationship's own. */
  relationshipLabel: ((id: string) => string) | null;
}

function RelationshipLink({
  workspaceId,
  id,
  label,
}: {
  workspaceId: string;
  id: string;
  label: Props<unknown>['relationshipLabel'];
}) {
  if (!label) return null;
  return (
    <Anchor component={Link} to={`/w/${workspaceId}/relationships/${id}`} size="xs">
      {label(id)}
    </Anchor>
  );
}

const who = (name: string | undefined, systemText: string) => name ?? systemText;

/** A stage move: from and to, who made it, its note or reason. */
export function StageChangeRow({ workspaceId, item, relationshipLabel }: Props<StageChangeItem>) {
  const intl = useIntl();
  const format = useFormat();
  const { locale } = useLocale();
  const meta = `${format.dateTime(item.at)} · ${who(item.actor?.name, intl.formatMessage({ id: 'audit.system' }))}`;
  const text = item.reason ?? item.note;
  return (
    <TimelineEntry
      icon="stage_change"
      color={item.direction === 'backward' ? 'orange' : 'green'}
      meta={meta}
      type="stage_change"
    >
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          <FormattedMessage id={`timeline.stage.${item.direction}`} />
        </Text>
        {item.from ? <StageBadge stage={item.from} /> : null}
        {item.from ? (
          <Text size="sm" aria-hidden>
            {directionOf(locale) === 'rtl' ? '←' : '→'}
          </Text>
        ) : null}
        <StageBadge stage={item.to} />
        <RelationshipLink workspaceId={workspaceId} id={item.relationshipId} label={relationshipLabel} />
      </Group>
      {text ? (
        <Text size="sm" c={SOFT_TEXT} lineClamp={2}>
          {text}
        </Text>
      ) : null}
    </TimelineEntry>
  );
}

/** A value assessment: both answers, the notes and the date it speaks of. */
export function AssessmentRow({ workspaceId, item, relationshipLabel }: Props<AssessmentItem>) {
  const format = useFormat();
  const intl = useIntl();
  const meta = `${format.day(item.assessedOn)} · ${who(item.actor?.name, intl.formatMessage({ id: 'audit.system' }))}`;
  const note = (labelId: string, text: string | null): ReactNode =>
    text ? (
      <Text size="sm" c={SOFT_TEXT} lineClamp={2}>
        <FormattedMessage id={labelId} values={{ text }} />
      </Text>
    ) : null;
  return (
    <TimelineEntry icon="value_assessment" color="yellow" meta={meta} type="value_assessment">
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          <FormattedMessage id="timeline.assessment" values={{ we: item.canWeHelp, they: item.canTheyHelp }} />
        </Text>
        <RelationshipLink workspaceId={workspaceId} id={item.relationshipId} label={relationshipLabel} />
      </Group>
      {note('timeline.canWeHelpNote', item.canWeHelpNote)}
      {note('timeline.canTheyHelpNote', item.canTheyHelpNote)}
    </TimelineEntry>
  );
}
