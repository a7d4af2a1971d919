import { useIntl } from 'react-intl';
import type { FieldDisplay } from '../../components/index.js';
import { formatDateTime, useLocale } from '../../i18n/index.js';
import { toInstant } from '../../shared/index.js';
import { useOwnerOptions } from '../partners/index.js';
import type { Field } from './conflict.js';
import type { InteractionInput } from './interactions.types.js';
import { relationshipLabel } from './Pickers.js';

const FIELD_LABELS: Partial<Record<Field, string>> = { when: 'occurredAt', memberIds: 'members' };

/** Editor HTML as plain text, for comparing versions side by side. */
function plain(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** A label for each field and its value as one readable line, for the conflict dialog. */
export function useFieldDisplay(workspaceId: string): FieldDisplay<InteractionInput, Field> {
  const intl = useIntl();
  const { locale } = useLocale();
  const members = useOwnerOptions(workspaceId);
  const t = (id: string) => intl.formatMessage({ id });

  const value = (input: InteractionInput, field: Field): string => {
    switch (field) {
      case 'kind':
        return t(`interaction.kind.${input.kind}`);
      case 'isMeeting':
        return t(input.isMeeting ? 'common.yes' : 'common.no');
      case 'when': {
        const at = toInstant(input.localTime, input.timeZone);
        return at ? `${formatDateTime(at, locale, input.timeZone)} (${input.timeZone})` : '';
      }
      case 'durationMinutes':
        return input.durationMinutes === null
          ? ''
          : intl.formatMessage({ id: 'interaction.duration' }, { minutes: input.durationMinutes });
      case 'direction':
        return input.direction ? t(`interaction.direction.${input.direction}`) : '';
      case 'sentiment':
        return input.sentiment ? t(`interaction.sentiment.${input.sentiment}`) : '';
      case 'subject':
        return input.subject;
      case 'location':
        return input.location;
      case 'notes':
        return plain(input.notes);
      case 'minutes':
        return plain(input.minutes);
      case 'partners':
        return input.partners.map((p) => p.name).join(', ');
      case 'relationships':
        return input.relationships.map(relationshipLabel).join('; ');
      case 'people':
        return input.people.map((p) => p.name).join(', ');
      case 'memberIds':
        return input.memberIds.map((id) => members.find((m) => m.value === id)?.label ?? id).join(', ');
      case 'agenda':
        return input.agenda.map((a) => [a.title, a.notes].filter(Boolean).join(' — ')).join('\n');
      case 'decisions':
        return input.decisions.map((d) => d.text).join('\n');
    }
  };
  return { label: (field) => t(`interaction.field.${FIELD_LABELS[field] ?? field}`), value };
}
