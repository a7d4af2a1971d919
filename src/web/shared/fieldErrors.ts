import { useMemo } from 'react';
import { useErrorText } from '../i18n/index.js';

/** Translated field errors re-keyed to form paths. */
export function remapFields(
  fields: Record<string, string>,
  formPath: (path: string) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, text]) => [formPath(path), text]));
}

/** The error for a field or, failing that, for any of its items (`tagIds.2` for `tagIds`). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((path) => path.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

/** Translated field errors of a failed save, keyed by form path, plus the sentence for the whole request. */
export function useMappedErrors(error: unknown, formPath: (path: string) => string) {
  const text = useErrorText(error);
  const fields = useMemo(() => (text ? remapFields(text.fields, formPath) : {}), [text, formPath]);
  return { fields, message: text?.message ?? null };
}
