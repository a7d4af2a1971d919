import type { IntlShape } from 'react-intl';
import { ApiError } from '../api/index.js';
import { retryMinutes } from './format.js';

export interface TranslatedError {
  /** The sentence for the whole request. */
  message: string;
  /** Sentences per field name, from validation errors. */
  fields: Record<string, string>;
}

function hasMessage(intl: IntlShape, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(intl.messages, id);
}

function numberParam(params: Record<string, unknown> | undefined, name: string): number | undefined {
  const value = params?.[name];
  return typeof value === 'number' ? value : undefined;
}

function fieldMessage(
  intl: IntlShape,
  rule: string | undefined,
  params: Record<string, unknown> | undefined,
  raw: string,
): string {
  const id = `error.rule.${rule ?? ''}`;
  if (!rule || !hasMessage(intl, id)) return raw || intl.formatMessage({ id: 'error.rule.invalid_value' });
  return intl.formatMessage(
    { id },
    { minimum: numberParam(params, 'minimum') ?? 0, maximum: numberParam(params, 'maximum') ?? 0 },
  );
}

/** Turns any thrown error into sentences in the user's language. */
export function translateError(intl: IntlShape, error: unknown): TranslatedError {
  if (!(error instanceof ApiError)) {
    return { message: intl.formatMessage({ id: 'error.code.unknown' }), fields: {} };
  }
  const fields: Record<string, string> = {};
  for (const item of error.problem?.errors ?? []) {
    const name = item.path.replace(/^\/?(body[./])?/, '');
    if (!(name in fields)) fields[name] = fieldMessage(intl, item.rule, item.params, item.message);
  }
  const code = error.code;
  if (code === 'rate_limited' && error.retryAfterSeconds !== null) {
    const minutes = retryMinutes(error.retryAfterSeconds);
    return { message: intl.formatMessage({ id: 'error.rateLimitedMinutes' }, { minutes }), fields };
  }
  const id = `error.code.${code}`;
  if (hasMessage(intl, id)) return { message: intl.formatMessage({ id }), fields };
  // An unknown code: the server's own words are better than nothing.
  const fallback = error.problem?.detail ?? error.problem?.title;
  return { message: fallback ?? intl.formatMessage({ id: 'error.code.unknown' }), fields };
}
