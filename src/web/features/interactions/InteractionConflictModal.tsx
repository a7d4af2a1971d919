import { useIntl } from 'react-intl';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useOwnerOptions } from '../partners/options.js';
import type { Conflict, Field } from './conflict.js';
import type { InteractionInput } from './interactions.types.js';
import { toInstant } from './zonedTime.js';
import { relationshipLabel } from './Pickers.js';

interface Props {
  workspaceId: string;
  conflicts: Conflict[];
  theirs: InteractionInput;
  mine: InteractionInput;
  updatedBy: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

const FIELD_LABELS: Partial<Record<Field, string>> = { when: 'occurredAt', memberIds: 'members' };

/** Editor HTML as plain text, for comparing versions side by side. */
function plain(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** Someone saved the interaction meanwhile: show what they changed, and let the user decide. */
export function InteractionConflictModal(props: Props) {
  const { conflicts, theirs, mine, updatedBy, saving } = props;
  const intl = useIntl();
  const { locale } = useLocale();
  const members = useOwnerOptions(props.workspaceId);
  const t = (id: string) => intl.formatMessage({ id });
  const label = (field: Field) => t(`interaction.field.${FIELD_LABELS[field] ?? field}`);

  const show = (input: InteractionInput, field: Field): string => {
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

  return (
    <ConflictDialog
      introId="interaction.conflictIntro"
      updatedBy={updatedBy}
      conflicts={conflicts}
      saving={saving}
      label={label}
      theirs={(field) => show(theirs, field)}
      mine={(field) => show(mine, field)}
      onKeepMine={props.onKeepMine}
      onDiscard={props.onDiscard}
      onClose={props.onClose}
    />
  );
}
