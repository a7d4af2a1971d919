import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { checkDuplicates } from './partners.queries.js';
import type { PartnerInput } from './partners.types.js';

/** Partners that look like the one being typed (by name, email, phone or website), checked after a pause. */
export function useDuplicateCheck(workspaceId: string, input: PartnerInput, excludeId?: string) {
  const probe = useMemo(
    () => ({
      name: input.name.trim(),
      contacts: input.contacts
        .filter((c) => ['email', 'phone', 'website'].includes(c.channel) && c.value.trim().length > 3)
        .map((c) => ({ channel: c.channel, label: c.label, value: c.value.trim() })),
    }),
    [input.name, input.contacts],
  );
  const [debounced] = useDebouncedValue(probe, 400);
  const enabled = debounced.name.length >= 2 || debounced.contacts.length > 0;
  const query = useQuery({
    queryKey: ['ws', workspaceId, 'partners', 'duplicates', debounced, excludeId],
    queryFn: () =>
      checkDuplicates(workspaceId, {
        ...(debounced.name ? { name: debounced.name } : {}),
        contacts: debounced.contacts,
        ...(excludeId ? { excludeId } : {}),
      }),
    enabled,
    staleTime: 30_000,
    // A failed check must not block typing: there is simply no warning.
    retry: false,
  });
  return enabled ? (query.data?.duplicates ?? []) : [];
}
