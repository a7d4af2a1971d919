import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/index.js';
import { ColorSchemeRoot } from './ColorSchemeRoot.js';
import { LocaleRoot } from './LocaleRoot.js';
import { accessibleVariables, theme } from './theme/index.js';
import { SESSION_KEY, storeSession } from '../shared/index.js';

function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/** A lapsed session sends the user to sign in; a rejected CSRF token fetches a fresh one. */
function onApiError(error: unknown): void {
  if (!(error instanceof ApiError)) return;
  if (error.code === 'unauthenticated') storeSession(queryClient, null);
  if (error.code === 'csrf') void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** Everything the pages need: data, language, direction, theme, notifications. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider>
        <LocaleRoot>
          {/* "auto": the system's light or dark until a choice is made (ColorSchemeRoot). */}
          <MantineProvider theme={theme} cssVariablesResolver={accessibleVariables} defaultColorScheme="auto">
            <ColorSchemeRoot>
              <Notifications position="top-center" />
              {children}
            </ColorSchemeRoot>
          </MantineProvider>
        </LocaleRoot>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
