import { useIntl } from 'react-intl';
import type { FieldDisplay } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { useOwnerOptions } from '../partners/index.js';
import type { Field } from './formValues.js';
import type { RelationshipInput, TeamMember } from './relationships.types.js';

/** A label for each field and its value as one readable line, for the conflict dialog; `team` names past members. */
export function useFieldDisplay(workspaceId: string, team: TeamMember[]): FieldDisplay<RelationshipInput, Field> {
  const intl = useIntl();
  const format = useFormat();
  const owners = useOwnerOptions(workspaceId);
  const t = (id: string) => intl.formatMessage({ id });
  const name = (userId: string | null) =>
    owners.find((o) => o.value === userId)?.label ?? team.find((m) => m.userId === userId)?.name ?? userId ?? '';

  const value = (input: RelationshipInput, field: Field): string => {
    switch (field) {
      case 'purpose':
        return input.purpose;
      case 'kinds':
        return input.kinds.map((k) => t(`partner.kind.${k}`)).join(', ');
      case 'ownerId':
        return name(input.ownerId);
      case 'team':
        return input.team.map((m) => [name(m.userId), m.role].filter(Boolean).join(' — ')).join('; ');
      case 'tier':
        return t(`relationship.tier.${input.tier}`);
      case 'cadenceDays':
        return input.cadenceDays === null
          ? ''
          : intl.formatMessage({ id: 'relationship.days' }, { days: input.cadenceDays });
      case 'status':
        return t(`relationship.status.${input.status}`);
      case 'endReason':
        return input.endReason ?? '';
      case 'startedOn':
        return input.startedOn ? format.day(input.startedOn) : '';
      case 'endedOn':
        return input.endedOn ? format.day(input.endedOn) : '';
    }
  };
  return { label: (field) => t(`relationship.field.${field}`), value };
}
