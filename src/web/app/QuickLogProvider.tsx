import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User } from '../api/index.js';
import { loadLogEncountersModal } from '../features/encounters/index.js';
import {
  type InteractionPrefill,
  isQuickLogKey,
  loadLogInteractionModal,
  QuickLogContext,
  usePagePrefill,
} from '../features/interactions/index.js';

// The form (pickers, meeting parts) is fetched the first time the dialog opens.
const LogInteractionModal = lazy(() => loadLogInteractionModal().then((m) => ({ default: m.LogInteractionModal })));
const LogEncountersModal = lazy(() => loadLogEncountersModal().then((m) => ({ default: m.LogEncountersModal })));

interface Props {
  workspaceId: string;
  user: User;
  enabled: boolean;
  children: ReactNode;
}

/**
 * "Log interaction" from anywhere in a workspace (the header button, the L key, pages' own buttons),
 * and "log event encounters".
 */
export function QuickLogProvider({ workspaceId, user, enabled, children }: Props) {
  const pagePrefill = usePagePrefill(workspaceId);
  const [state, setState] = useState<{ key: number; prefill: InteractionPrefill } | null>(null);
  const [encounters, setEncounters] = useState(false);
  const latest = useRef(pagePrefill);
  useEffect(() => {
    latest.current = pagePrefill;
  });

  const open = useCallback(
    (prefill?: InteractionPrefill) => setState((old) => old ?? { key: Date.now(), prefill: prefill ?? latest.current }),
    [],
  );

  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      // Not over another dialog: the letter may mean something there.
      if (!isQuickLogKey(event) || document.querySelector('[aria-modal="true"], [role="dialog"]')) return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, open]);

  const openEncounters = useCallback(() => setEncounters(true), []);
  const value = useMemo(() => ({ open, openEncounters, enabled }), [open, openEncounters, enabled]);
  return (
    <QuickLogContext.Provider value={value}>
      {children}
      {state && enabled ? (
        <Suspense fallback={null}>
          <LogInteractionModal
            key={state.key}
            workspaceId={workspaceId}
            user={user}
            prefill={state.prefill}
            onClose={() => setState(null)}
          />
        </Suspense>
      ) : null}
      {encounters && enabled ? (
        <Suspense fallback={null}>
          <LogEncountersModal workspaceId={workspaceId} user={user} onClose={() => setEncounters(false)} />
        </Suspense>
      ) : null}
    </QuickLogContext.Provider>
  );
}
