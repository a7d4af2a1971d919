import { useMemo } from 'react';
import { useErrorText } from '../../i18n/useErrorText.js';
import { remapFields } from './formValues.js';

/** Translated field errors of a failed save, keyed by form path, plus the sentence for the whole request. */
export function useMappedErrors(error: unknown, formPath: (path: string) => string) {
  const text = useErrorText(error);
  const fields = useMemo(() => (text ? remapFields(text.fields, formPath) : {}), [text, formPath]);
  return { fields, message: text?.message ?? null };
}
