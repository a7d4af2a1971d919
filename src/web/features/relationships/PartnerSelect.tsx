import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { usePartnerMatches } from './relationships.queries.js';
import type { PartnerRef } from './relationships.types.js';

interface Props {
  workspaceId: string;
  value: PartnerRef | null;
  onChange: (partner: PartnerRef | null) => void;
  error?: string;
}

/** Picks the partner of a new relationship by typing part of its name (the directory's search). */
export function PartnerSelect({ workspaceId, value, onChange, error }: Props) {
  const intl = useIntl();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  // While the box shows the chosen partner's name there is nothing to look up.
  const lookup = value && debounced === value.name ? '' : debounced;
  const matches = usePartnerMatches(workspaceId, lookup);
  const hits = (matches.data?.items ?? []).map((p) => ({ id: p.id, name: p.name, type: p.type }));
  const options = value && !hits.some((h) => h.id === value.id) ? [value, ...hits] : hits;
  return (
    <Select
      label={intl.formatMessage({ id: 'relationship.partner' })}
      placeholder={intl.formatMessage({ id: 'relationship.partnerSearch' })}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={options.map((p) => ({ value: p.id, label: p.name }))}
      filter={({ options: all }) => all}
      error={error}
      nothingFoundMessage={lookup.trim() ? intl.formatMessage({ id: 'common.nothingFound' }) : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid="partner-select"
      // The page's first field, focused when it opens, until a partner is chosen (then the purpose is).
      data-autofocus={value ? undefined : true}
      onChange={(id) => onChange(options.find((p) => p.id === id) ?? null)}
    />
  );
}
