import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { SORTS } from '../../../shared/values/partners.js';
import type { Sort } from './listQuery.js';

interface Props {
  value: Sort | null;
  searching: boolean;
  onChange: (sort: Sort | null) => void;
}

/** The list order; empty means the server's default (best match while searching, else by name). */
export function SortSelect({ value, searching, onChange }: Props) {
  const intl = useIntl();
  return (
    <Select
      size="xs"
      w={200}
      aria-label={intl.formatMessage({ id: 'partners.sort' })}
      data={SORTS.map((s) => ({ value: s, label: intl.formatMessage({ id: `partners.sort.${s}` }) }))}
      value={value}
      placeholder={intl.formatMessage({ id: searching ? 'partners.sort.relevance' : 'partners.sort.name' })}
      clearable
      comboboxProps={{ withinPortal: true }}
      onChange={(v) => onChange(SORTS.find((s) => s === v) ?? null)}
      data-testid="sort-select"
    />
  );
}
