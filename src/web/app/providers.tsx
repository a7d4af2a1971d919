import { Badge, DirectionProvider, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/index.js';
import { ColorSchemeRoot } from './ColorSchemeRoot.js';
import { LocaleRoot } from './LocaleRoot.js';
import { SESSION_KEY, storeSession } from '../shared/index.js';

const theme = createTheme({
  primaryColor: 'blue',
  // System fonts only: nothing is fetched from the internet.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, "DejaVu Sans", sans-serif',
  // "Reduce motion" in the system settings turns Mantine's transitions off (and global.css the rest).
  respectReducedMotion: true,
  components: {
    // Mantine cuts a badge's label with an ellipsis at one line. Kinds, tags and stages in
    // Vietnamese or Russian are often longer than a narrow column: wrap between words instead,
    // and break inside a word only when a single word is wider than the room there is.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
        label: {
          whiteSpace: 'normal',
          overflow: 'visible',
          textOverflow: 'clip',
          overflowWrap: 'break-word',
          lineHeight: 1.35,
        },
      },
    }),
  },
});

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
          <MantineProvider theme={theme} defaultColorScheme="auto">
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
