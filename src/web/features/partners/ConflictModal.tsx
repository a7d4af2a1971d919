import { ConflictDialog } from '../../components/ConflictDialog.js';
import type { Conflict } from './conflict.js';
import type { PartnerInput, Tag } from './partners.types.js';
import { useFieldDisplay } from './useFieldDisplay.js';

interface Props {
  workspaceId: string;
  conflicts: Conflict[];
  theirs: PartnerInput;
  mine: PartnerInput;
  theirTags: Tag[];
  names: Record<string, string>;
  updatedBy: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** Someone saved the partner meanwhile: show what they changed, and let the user decide. */
export function ConflictModal(props: Props) {
  const { workspaceId, conflicts, theirs, mine, theirTags, names, updatedBy, saving } = props;
  const display = useFieldDisplay(workspaceId, names, theirTags);
  return (
    <ConflictDialog
      introId="conflict.intro"
      updatedBy={updatedBy}
      conflicts={conflicts}
      saving={saving}
      label={display.label}
      theirs={(field) => display.value(theirs, field)}
      mine={(field) => display.value(mine, field)}
      onKeepMine={props.onKeepMine}
      onDiscard={props.onDiscard}
      onClose={props.onClose}
    />
  );
}
