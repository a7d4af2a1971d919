import { useIntl } from 'react-intl';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { useFormat } from '../../i18n/useFormat.js';
import { useOwnerOptions } from '../partners/options.js';
import type { Conflict, Field } from './formValues.js';
import type { RelationshipInput, TeamMember } from './relationships.types.js';

interface Props {
  workspaceId: string;
  conflicts: Conflict[];
  theirs: RelationshipInput;
  mine: RelationshipInput;
  /** Known team members, for their names. */
  team: TeamMember[];
  updatedBy: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** Someone saved the relationship meanwhile: show what they changed, and let the user decide. */
export function RelationshipConflictModal(props: Props) {
  const { workspaceId, conflicts, theirs, mine, team, updatedBy, saving } = props;
  const intl = useIntl();
  const format = useFormat();
  const owners = useOwnerOptions(workspaceId);
  const t = (id: string) => intl.formatMessage({ id });
  const name = (userId: string | null) =>
    owners.find((o) => o.value === userId)?.label ?? team.find((m) => m.userId === userId)?.name ?? userId ?? '';

  const show = (input: RelationshipInput, field: Field): string => {
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

  return (
    <ConflictDialog
      introId="relationship.conflictIntro"
      updatedBy={updatedBy}
      conflicts={conflicts}
      saving={saving}
      label={(field) => t(`relationship.field.${field}`)}
      theirs={(field) => show(theirs, field)}
      mine={(field) => show(mine, field)}
      onKeepMine={props.onKeepMine}
      onDiscard={props.onDiscard}
      onClose={props.onClose}
    />
  );
}
