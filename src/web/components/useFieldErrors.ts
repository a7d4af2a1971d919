import { useErrorText } from '../i18n/index.js';

/** Translated validation messages per field name for a failed mutation. */
export function useFieldErrors(error: unknown): (field: string) => string | undefined {
  const text = useErrorText(error);
  return (field) => text?.fields[field];
}
