import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearch } from '../partners/index.js';
import type { PartnerLink, RelationshipLink } from './interactions.types.js';
import { useRelationshipSearch, useRelationshipsOfPartners } from './linked.queries.js';
import { MultiPicker } from './MultiPicker.js';

interface Props<T> {
  workspaceId: string;
  label: string;
  value: T[];
  onChange: (value: T[]) => void;
  error?: string;
  testId?: string;
  autoFocus?: boolean;
  /** 1 for a single choice. */
  maxValues?: number;
}

export const relationshipLabel = (r: RelationshipLink) =>
  r.purpose ? `${r.partnerName} — ${r.purpose}` : r.partnerName;

/** Partners (organisations and people) found by the directory's search as you type. */
export function PartnersPicker({ workspaceId, ...rest }: Props<PartnerLink>) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 200);
  const hits = useSearch(workspaceId, query, 20);
  const options = query.trim() ? (hits.data?.items ?? []).map(({ id, name, type }) => ({ id, name, type })) : [];
  return <MultiPicker {...rest} options={options} labelOf={(p) => p.name} search={text} onSearch={setText} />;
}

/** Relationships found by their partner's name; before typing, those of the chosen partners. */
export function RelationshipsPicker({
  workspaceId,
  partnerIds,
  ...rest
}: Props<RelationshipLink> & { partnerIds: string[] }) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 200);
  const hits = useRelationshipSearch(workspaceId, query);
  const suggested = useRelationshipsOfPartners(workspaceId, partnerIds);
  const options = query.trim() ? (hits.data ?? []) : suggested;
  return <MultiPicker {...rest} options={options} labelOf={relationshipLabel} search={text} onSearch={setText} />;
}
