import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';

interface Props {
  value: string;
  onSearch: (q: string) => void;
  /** What is searched; the partner directory's wording by default. */
  label?: string;
  testId?: string;
}

/** Free-text search of the list; results follow typing after a short pause. */
export function SearchBox({ value, onSearch, label: given, testId = 'partner-search' }: Props) {
  const intl = useIntl();
  const [text, setText] = useState(value);
  // What this box last sent, and the last value seen from outside. The address updates a
  // moment after a search is sent, so only a value we did not send (a saved view, a reset)
  // replaces what is typed; the address also drops surrounding spaces, hence the trims.
  const [sent, setSent] = useState(value);
  const [previous, setPrevious] = useState(value);
  if (value !== previous) {
    setPrevious(value);
    if (value.trim() !== sent.trim()) {
      setSent(value);
      setText(value);
    }
  }
  const search = useDebouncedCallback((q: string) => {
    setSent(q);
    onSearch(q);
  }, 200);
  const label = given ?? intl.formatMessage({ id: 'partners.search' });
  return (
    <TextInput
      aria-label={label}
      placeholder={label}
      value={text}
      data-testid={testId}
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
              setSent('');
              onSearch('');
            }}
          />
        ) : null
      }
    />
  );
}
