import { MultiSelect, SimpleGrid } from '@mantine/core';
import { useIntl } from 'react-intl';
import { errorFor } from '../../shared/index.js';
import { useOwnerOptions } from '../partners/index.js';
import type { InteractionInput, PartnerLink, RelationshipLink } from './interactions.types.js';
import { PartnersPicker, RelationshipsPicker } from './Pickers.js';
import { PeopleSelect } from './PeopleSelect.js';

/** The part of a form that says who took part and what it concerns (an interaction's or a series' template). */
export type Participants = Pick<InteractionInput, 'partners' | 'relationships' | 'memberIds' | 'people'>;

interface Props {
  workspaceId: string;
  value: Participants;
  onChange: (change: Partial<Participants>) => void;
  errors: Record<string, string>;
  /** Focus the partner search when the form opens (quick logging). */
  autoFocus?: boolean;
}

/** What the interaction concerns (partners, relationships) and who took part on each side. */
export function WhoFields({ workspaceId, value, onChange, errors, autoFocus }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const members = useOwnerOptions(workspaceId);

  // A relationship's partner is among the partners (the server adds it too).
  const pickRelationships = (relationships: RelationshipLink[]) => {
    const added: PartnerLink[] = [];
    for (const r of relationships) {
      if (![...value.partners, ...added].some((p) => p.id === r.partnerId)) {
        added.push({ id: r.partnerId, name: r.partnerName, type: r.partnerType ?? 'organization' });
      }
    }
    onChange({ relationships, ...(added.length ? { partners: [...value.partners, ...added] } : {}) });
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <PartnersPicker
        workspaceId={workspaceId}
        label={t('interaction.field.partners')}
        value={value.partners}
        error={errorFor(errors, 'partnerIds')}
        testId="interaction-partners"
        autoFocus={autoFocus}
        onChange={(partners) => onChange({ partners })}
      />
      <RelationshipsPicker
        workspaceId={workspaceId}
        label={t('interaction.field.relationships')}
        value={value.relationships}
        partnerIds={value.partners.map((p) => p.id)}
        error={errorFor(errors, 'relationshipIds')}
        testId="interaction-relationships"
        onChange={pickRelationships}
      />
      <MultiSelect
        label={t('interaction.field.members')}
        data={members}
        value={value.memberIds}
        searchable
        error={errorFor(errors, 'memberIds')}
        comboboxProps={{ withinPortal: true }}
        hidePickedOptions
        nothingFoundMessage={t('common.nothingFound')}
        wrapperProps={{ 'data-testid': 'interaction-members' }}
        onChange={(memberIds) => onChange({ memberIds })}
      />
      <PeopleSelect
        workspaceId={workspaceId}
        partners={value.partners}
        value={value.people}
        error={errorFor(errors, 'personIds')}
        onChange={(people) => onChange({ people })}
      />
    </SimpleGrid>
  );
}
