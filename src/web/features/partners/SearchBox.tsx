import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';

interface Props {
  value: string;
  onSearch: (q: string) => void;
}

/** Free-text search of the list; results follow typing after a short pause. */
export function SearchBox({ value, onSearch }: Props) {
  const intl = useIntl();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // A saved view or a reset changes the value from outside: show it.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const search = useDebouncedCallback((q: string) => {
    setSeen(q);
    onSearch(q);
  }, 200);
  const label = intl.formatMessage({ id: 'partners.search' });
  return (
    <TextInput
      aria-label={label}
      placeholder={label}
      value={text}
      data-testid="partner-search"
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={intl.formatMessage({ id: 'common.clear' })}
            onClick={() => {
              setText('');
              setSeen('');
              onSearch('');
            }}
          />
        ) : null
      }
    />
  );
}
