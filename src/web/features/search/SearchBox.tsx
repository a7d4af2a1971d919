import { Autocomplete, Kbd } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { groupHits, hitKey, hitPath } from './hits.js';
import { HitLine } from './HitLine.js';
import { useGlobalSearch } from './search.queries.js';

const NOTHING = 'nothing-found';

interface Props {
  workspaceId: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Full width, opened and focused (the phone's search overlay). */
  overlay?: boolean;
  /** After a hit was chosen. */
  onChosen?: () => void;
}

/** The search field with its hits grouped by kind; choosing one opens its page. */
export function SearchBox({ workspaceId, inputRef, overlay = false, onChosen }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const results = useGlobalSearch(workspaceId, debounced);
  const hits = debounced.trim() ? (results.data?.items ?? []) : [];
  const byKey = new Map(hits.map((hit) => [hitKey(hit), hit]));
  const groups = groupHits(hits).map((group) => ({
    group: intl.formatMessage({ id: `search.group.${group.type}` }),
    items: group.hits.map((hit) => ({ value: hitKey(hit), label: hit.name })),
  }));
  // A search that found nothing says so, as one option that cannot be chosen.
  const nothing = debounced.trim() !== '' && results.isSuccess && hits.length === 0;
  const nothingText = intl.formatMessage({ id: 'search.nothing' }, { q: debounced.trim() });
  const data = nothing ? [{ value: NOTHING, label: nothingText, disabled: true }] : groups;

  return (
    <Autocomplete
      ref={inputRef}
      aria-label={intl.formatMessage({ id: 'search.global' })}
      placeholder={intl.formatMessage({ id: 'search.placeholder' })}
      w={overlay ? '100%' : 280}
      // The overlay's focus trap focuses the element marked so, not its close button.
      data-autofocus={overlay || undefined}
      defaultDropdownOpened={overlay}
      value={text}
      // Choosing an option would put its key in the box: keep typed text only.
      onChange={(value) => {
        if (!byKey.has(value) && value !== NOTHING) setText(value);
      }}
      data={data}
      filter={({ options }) => options}
      limit={50}
      maxDropdownHeight={overlay ? '70vh' : 420}
      rightSection={overlay ? null : <Kbd size="xs">/</Kbd>}
      rightSectionPointerEvents="none"
      data-testid="global-search"
      comboboxProps={{ withinPortal: true, width: overlay ? undefined : 380, position: 'bottom-end' }}
      renderOption={({ option }) => {
        const hit = byKey.get(option.value);
        return hit ? <HitLine hit={hit} /> : <span data-testid="global-search-nothing">{nothingText}</span>;
      }}
      onOptionSubmit={(key) => {
        const hit = byKey.get(key);
        if (!hit) return;
        setText('');
        onChosen?.();
        void navigate(hitPath(workspaceId, hit));
      }}
    />
  );
}
