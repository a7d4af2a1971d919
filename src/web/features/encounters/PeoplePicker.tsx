import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { MultiPicker } from '../interactions/index.js';
import type { PersonRef } from '../../shared/index.js';
import { usePeopleSearch } from './encounters.queries.js';

interface Props {
  workspaceId: string;
  label: string;
  value: PersonRef[];
  onChange: (people: PersonRef[]) => void;
  error?: string;
  description?: string;
}

type Option = PersonRef & { email?: string | null };

/**
 * Many people found by the directory's search as you type (organisations are not offered); an email tells namesakes
 * apart.
 */
export function PeoplePicker({ workspaceId, ...rest }: Props) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 200);
  const hits = usePeopleSearch(workspaceId, query);
  const options: Option[] = query.trim()
    ? (hits.data?.items ?? []).map(({ id, name, email }) => ({ id, name, email }))
    : [];
  return (
    <MultiPicker<Option>
      {...rest}
      testId="encounter-people"
      autoFocus
      options={options}
      search={text}
      onSearch={setText}
      labelOf={(p) => (p.email ? `${p.name} (${p.email})` : p.name)}
      onChange={(people) => rest.onChange(people.map(({ id, name }) => ({ id, name })))}
    />
  );
}
