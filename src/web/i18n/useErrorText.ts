import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { type TranslatedError, translateError } from './problems.js';

/** Translated sentences for an error, or null when there is none. */
export function useErrorText(error: unknown): TranslatedError | null {
  const intl = useIntl();
  return useMemo(() => (error ? translateError(intl, error) : null), [intl, error]);
}
