import { Autocomplete, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useSearch } from '../partners/index.js';

/** The header's search: partners and people as you type; choosing one opens it. */
export function GlobalSearch({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const results = useSearch(workspaceId, debounced);
  const hits = debounced.trim() ? (results.data?.items ?? []) : [];
  const snippets = new Map(hits.map((hit) => [hit.id, hit]));
  const label = intl.formatMessage({ id: 'search.global' });

  return (
    <Autocomplete
      aria-label={label}
      placeholder={label}
      w={280}
      visibleFrom="sm"
      value={text}
      // Choosing an option would put its id in the box: keep typed text only.
      onChange={(value) => {
        if (!snippets.has(value)) setText(value);
      }}
      data={hits.map((hit) => ({ value: hit.id, label: hit.name }))}
      filter={({ options }) => options}
      data-testid="global-search"
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const hit = snippets.get(option.value);
        return (
          <div>
            <Text size="sm">{hit?.name ?? option.value}</Text>
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: `partner.type.${hit?.type ?? 'organization'}` })}
              {hit?.snippet ? ` · ${hit.snippet}` : ''}
            </Text>
          </div>
        );
      }}
      onOptionSubmit={(id) => {
        setText('');
        void navigate(`/w/${workspaceId}/partners/${id}`);
      }}
    />
  );
}
