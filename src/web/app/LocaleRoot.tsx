import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, type Locale, type Session, type User } from '../api/index.js';
import { detectLocale, I18nProvider, LocaleContext, storeLocale } from '../i18n/index.js';
import { SESSION_KEY, useSession } from '../shared/index.js';

/** Chooses the language: the user's once signed in, else the remembered or browser one. */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const session = useSession();
  const [anonymous, setAnonymous] = useState<Locale>(detectLocale);
  const user = session.data?.user;
  const locale = user?.locale ?? anonymous;
  // Follow the account's language, so it stays after signing out.
  if (user && user.locale !== anonymous) setAnonymous(user.locale);

  useEffect(() => {
    // Remember the account's language for the next visit before sign-in.
    if (user) storeLocale(user.locale);
  }, [user]);

  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      setAnonymous(next);
      if (!client.getQueryData<Session | null>(SESSION_KEY)) return;
      client.setQueryData<Session | null>(SESSION_KEY, (old) =>
        old ? { ...old, user: { ...old.user, locale: next } } : old,
      );
      api<User>('/api/v1/me', { method: 'PATCH', body: { locale: next } })
        .then((saved) =>
          client.setQueryData<Session | null>(SESSION_KEY, (old) => (old ? { ...old, user: saved } : old)),
        )
        .catch(() => client.invalidateQueries({ queryKey: SESSION_KEY }));
    },
    [client],
  );

  const value = useMemo(() => ({ locale, timeZone: user?.timeZone, setLocale }), [locale, user?.timeZone, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </LocaleContext.Provider>
  );
}
