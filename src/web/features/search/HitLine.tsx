import { Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { GlobalHit } from './search.queries.js';

/** One hit as the list shows it: its name, below it what kind of thing it is with a detail or two, then its notes. */
export function HitLine({ hit }: { hit: GlobalHit }) {
  const intl = useIntl();
  const format = useFormat();
  const details = detailsOf(hit, (id) => intl.formatMessage({ id }), format);
  return (
    <div data-type={hit.type}>
      <Text size="sm">{hit.name}</Text>
      {details.length ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {details.join(' · ')}
        </Text>
      ) : null}
      {/* What an interaction or task was about; other kinds show their snippet in the line above. */}
      {(hit.type === 'interaction' || hit.type === 'task') && hit.snippet ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {hit.snippet}
        </Text>
      ) : null}
    </div>
  );
}

function detailsOf(
  hit: GlobalHit,
  t: (id: string) => string,
  format: { date: (value: string) => string; day: (value: string) => string },
): string[] {
  const parts: (string | null)[] = [];
  switch (hit.type) {
    case 'organization':
    case 'person':
      parts.push(hit.snippet);
      break;
    case 'relationship':
      parts.push(hit.stage ? t(`relationship.stage.${hit.stage}`) : null, hit.snippet);
      break;
    case 'interaction':
      parts.push(
        hit.interactionKind ? t(`interaction.kind.${hit.interactionKind}`) : null,
        hit.occurredAt ? format.date(hit.occurredAt) : null,
        hit.partnerName,
      );
      break;
    case 'task':
      parts.push(hit.status ? t(`task.status.${hit.status}`) : null, hit.dueOn ? format.day(hit.dueOn) : null);
      break;
  }
  return parts.filter((part): part is string => Boolean(part));
}
