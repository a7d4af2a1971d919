import { KINDS } from '../../../shared/values/partners.js';
import type { Kind } from './partners.types.js';

/**
 * The kinds the form offers, out of a partner's or relationship's: the generated contract types
 * answered kinds as plain strings (the server only ever sends these).
 */
export function knownKinds(kinds: readonly string[]): Kind[] {
  return kinds.filter((kind): kind is Kind => (KINDS as readonly string[]).includes(kind));
}
