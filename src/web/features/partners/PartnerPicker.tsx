import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearch } from './partners.queries.js';
import type { PartnerType, SearchHit } from './partners.types.js';

interface Props {
  workspaceId: string;
  label: string;
  /** Only partners of this type. */
  type?: PartnerType;
  exclude?: string[];
  onPick: (hit: SearchHit) => void;
}

/** Finds a partner by typing and hands it over; the box empties for the next one. */
export function PartnerPicker({ workspaceId, label, type, exclude = [], onPick }: Props) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useSearch(workspaceId, debounced, 20);
  const hits = (results.data?.items ?? []).filter((hit) => (!type || hit.type === type) && !exclude.includes(hit.id));
  return (
    <Select
      label={label}
      placeholder={intl.formatMessage({ id: 'partners.search' })}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      data={hits.map((hit) => ({ value: hit.id, label: hit.name }))}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.trim() ? intl.formatMessage({ id: 'common.nothingFound' }) : undefined}
      comboboxProps={{ withinPortal: true }}
      onChange={(id) => {
        const hit = hits.find((h) => h.id === id);
        if (hit) onPick(hit);
        setSearch('');
      }}
    />
  );
}
