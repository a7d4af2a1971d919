import { MultiSelect } from '@mantine/core';
import { useIntl } from 'react-intl';

interface Props<T extends { id: string }> {
  label: string;
  value: T[];
  onChange: (value: T[]) => void;
  /** What the search found, or suggestions while nothing is typed. */
  options: T[];
  labelOf: (item: T) => string;
  search: string;
  onSearch: (text: string) => void;
  error?: string;
  description?: string;
  testId?: string;
  autoFocus?: boolean;
  maxValues?: number;
}

/** Several items picked by typing (the server searches); chosen ones show as pills. */
export function MultiPicker<T extends { id: string }>(props: Props<T>) {
  const { value, options, labelOf } = props;
  const intl = useIntl();
  const known = new Map([...options, ...value].map((item) => [item.id, item]));
  return (
    <MultiSelect
      label={props.label}
      description={props.description}
      placeholder={value.length ? undefined : intl.formatMessage({ id: 'partners.search' })}
      searchable
      searchValue={props.search}
      onSearchChange={props.onSearch}
      value={value.map((item) => item.id)}
      data={[...known.values()].map((item) => ({ value: item.id, label: labelOf(item) }))}
      filter={({ options: all }) => all}
      hidePickedOptions
      maxValues={props.maxValues}
      error={props.error}
      nothingFoundMessage={props.search.trim() ? intl.formatMessage({ id: 'common.nothingFound' }) : undefined}
      comboboxProps={{ withinPortal: true }}
      wrapperProps={{ 'data-testid': props.testId }}
      data-autofocus={props.autoFocus || undefined}
      onChange={(ids) => {
        props.onChange(
          ids.flatMap((id) => {
            const item = known.get(id);
            return item ? [item] : [];
          }),
        );
        props.onSearch('');
      }}
    />
  );
}
