import { createContext, useContext } from 'react';
import type { InteractionPrefill } from './interactions.types.js';

export interface QuickLog {
  /** Opens "log interaction"; without a prefill, the partner or relationship of the page is filled in. */
  open: (prefill?: InteractionPrefill) => void;
  /** Opens "log event encounters": many people met at one event, one interaction each. */
  openEncounters: () => void;
  /** Whether the user may log (not a viewer). */
  enabled: boolean;
}

export const QuickLogContext = createContext<QuickLog>({
  open: () => undefined,
  openEncounters: () => undefined,
  enabled: false,
});

/** Opens the "log interaction" dialog from anywhere in a workspace. */
export function useQuickLog(): QuickLog {
  return useContext(QuickLogContext);
}
