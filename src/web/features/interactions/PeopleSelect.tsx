import { MultiSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { PersonRef } from '../../shared/index.js';
import type { PartnerLink } from './interactions.types.js';
import { usePartnerDetails } from './linked.queries.js';

interface Props {
  workspaceId: string;
  partners: PartnerLink[];
  value: PersonRef[];
  onChange: (people: PersonRef[]) => void;
  error?: string;
}

/**
 * Their side: the people of the chosen organisations (from their affiliations) and chosen people, grouped by partner.
 */
export function PeopleSelect({ workspaceId, partners, value, onChange, error }: Props) {
  const intl = useIntl();
  const organizations = partners.filter((p) => p.type === 'organization');
  const details = usePartnerDetails(
    workspaceId,
    organizations.map((p) => p.id),
  );
  const seen = new Set<string>();
  const take = (people: PersonRef[]) => people.filter((p) => !seen.has(p.id) && seen.add(p.id));
  const direct = take(partners.filter((p) => p.type === 'person').map(({ id, name }) => ({ id, name })));
  const groups = organizations.map((org, i) => ({
    group: org.name,
    items: take(
      (details[i]?.data?.affiliations ?? [])
        .filter((a) => a.partnerType === 'person')
        .map((a) => ({ id: a.partnerId, name: a.partnerName })),
    ),
  }));
  const earlier = take(value);
  const known = new Map([...direct, ...groups.flatMap((g) => g.items), ...earlier].map((p) => [p.id, p]));
  const option = (p: PersonRef) => ({ value: p.id, label: p.name });
  const data = [
    ...(direct.length || earlier.length
      ? [{ group: intl.formatMessage({ id: 'interaction.peopleChosen' }), items: [...direct, ...earlier].map(option) }]
      : []),
    ...groups.filter((g) => g.items.length).map((g) => ({ group: g.group, items: g.items.map(option) })),
  ];
  return (
    <MultiSelect
      label={intl.formatMessage({ id: 'interaction.field.people' })}
      description={known.size === 0 ? intl.formatMessage({ id: 'interaction.peopleHint' }) : undefined}
      data={data}
      value={value.map((p) => p.id)}
      searchable
      hidePickedOptions
      error={error}
      comboboxProps={{ withinPortal: true }}
      nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound' })}
      wrapperProps={{ 'data-testid': 'interaction-people' }}
      onChange={(ids) =>
        onChange(
          ids.flatMap((id) => {
            const person = known.get(id);
            return person ? [person] : [];
          }),
        )
      }
    />
  );
}
