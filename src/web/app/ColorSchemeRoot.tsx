import { useMantineColorScheme } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { api, type Session, type User } from '../api/index.js';
import { ColorSchemeChoiceContext, mantineColorScheme } from '../components/index.js';
import { SESSION_KEY, useSession } from '../shared/index.js';
import type { ColorScheme } from '../../shared/values/appearance.js';

/**
 * Chooses light or dark. With no choice made the app follows the system (the provider's "auto");
 * signed in, the account's choice wins whenever the session loads or changes; signed out, the last
 * choice made on this device (Mantine keeps it in local storage, and so does applying the
 * account's, so it survives signing out and paints the next visit at once: see public/color-scheme.js).
 */
export function ColorSchemeRoot({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const saved = useSession().data?.user.colorScheme;
  const { setColorScheme } = useMantineColorScheme();
  // Mantine's setter is a new function at every render: apply through the latest one, only when the
  // account's choice itself changes.
  const apply = useEffectEvent((scheme: ColorScheme) => setColorScheme(mantineColorScheme(scheme)));
  useEffect(() => {
    if (saved) apply(saved);
  }, [saved]);

  const choose = (next: ColorScheme) => {
    setColorScheme(mantineColorScheme(next));
    if (!client.getQueryData<Session | null>(SESSION_KEY)) return;
    client.setQueryData<Session | null>(SESSION_KEY, (old) =>
      old ? { ...old, user: { ...old.user, colorScheme: next } } : old,
    );
    api<User>('/api/v1/me', { method: 'PATCH', body: { colorScheme: next } })
      .then((user) => client.setQueryData<Session | null>(SESSION_KEY, (old) => (old ? { ...old, user } : old)))
      // Refused or lost: the session read again brings the saved choice back on screen.
      .catch(() => client.invalidateQueries({ queryKey: SESSION_KEY }));
  };

  return <ColorSchemeChoiceContext.Provider value={choose}>{children}</ColorSchemeChoiceContext.Provider>;
}
