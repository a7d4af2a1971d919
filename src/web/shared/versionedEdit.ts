import { ApiError } from '../api/index.js';
import type { Conflict } from '../components/index.js';

/** Whether a write was refused because the version was stale (412). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** The resource as it is now, carried by a 412 `stale_version` answer; else null. */
export function staleCurrent<T>(error: unknown): T | null {
  if (!isStale(error)) return null;
  return ((error as ApiError).problem as { current?: T } | null)?.current ?? null;
}

/**
 * How one resource's edit form compares, merges and sends its fields. Each resource says only
 * this; the diff, the conflict list and the patch are the same rule for all of them.
 */
export interface FieldModel<I, F extends string, P> {
  /** The fields, in the order the conflict dialog lists them. */
  fields: readonly F[];
  /** A field's value as text that is equal for equal values (sets sorted). */
  comparable: (input: I, field: F) => string;
  /** `onto` with `mine`'s value of one field ("keep my changes" over their version). */
  take: (onto: I, mine: I, field: F) => I;
  /** The PATCH body with one changed field of `mine` added; `onto` is the version it is sent over. */
  addToPatch: (patch: P, mine: I, field: F, onto: I) => P;
}

/** The rules of a versioned edit, for one resource's fields. */
export interface FieldEdits<I, F extends string, P> {
  model: FieldModel<I, F, P>;
  /** The fields whose values differ between two versions of the form. */
  changedFields: (before: I, after: I) => F[];
  /** What the server changed since `base`, marking the fields the user edited too (to something else). */
  conflicts: (base: I, theirs: I, mine: I) => Conflict<F>[];
  /** The PATCH body: only the fields the user changed from `base`, over `onto` (their version after a conflict). */
  buildPatch: (base: I, mine: I, onto?: I) => P;
  /** Their version with the user's own edits (from `base`) put over it. */
  keepMine: (base: I, mine: I, theirs: I) => I;
}

export function fieldEdits<I, F extends string, P>(model: FieldModel<I, F, P>): FieldEdits<I, F, P> {
  const changedFields = (before: I, after: I) =>
    model.fields.filter((field) => model.comparable(before, field) !== model.comparable(after, field));
  return {
    model,
    changedFields,
    conflicts: (base, theirs, mine) => {
      const edited = new Set(changedFields(base, mine));
      return changedFields(base, theirs).map((field) => ({
        field,
        clash: edited.has(field) && model.comparable(theirs, field) !== model.comparable(mine, field),
      }));
    },
    buildPatch: (base, mine, onto = base) =>
      changedFields(base, mine).reduce((patch, field) => model.addToPatch(patch, mine, field, onto), {} as P),
    keepMine: (base, mine, theirs) =>
      changedFields(base, mine).reduce((merged, field) => model.take(merged, mine, field), theirs),
  };
}

/** The form values as sent (blank rows dropped), and the way back from a server error path to a form row. */
export interface Compacted<I> {
  body: I;
  formPath: (path: string) => string;
}

/** Where a versioned edit stands: what the user started from, what the form holds, and their version after a 412. */
export interface EditState<R, I> {
  base: { input: I; version: number };
  input: I;
  /** The server's resource carried by a 412, while the user decides. */
  current: R | null;
}

/** A save to make: the user's values `mine`, edited from `from`, sent over `version`. */
export interface Send<I> {
  from: I;
  mine: I;
  version: number;
}

export function startEdit<R extends { version: number }, I>(resource: R, toInput: (r: R) => I): EditState<R, I> {
  const input = toInput(resource);
  return { base: { input, version: resource.version }, input, current: null };
}

/** "Keep my changes": their version becomes the base, with the user's edits put over it, sent at once. */
export function keepMineEdit<R extends { version: number }, I, F extends string, P>(
  state: EditState<R, I>,
  edits: FieldEdits<I, F, P>,
  toInput: (r: R) => I,
  mine: I,
): { state: EditState<R, I>; send: Send<I> } | null {
  if (!state.current) return null;
  const theirs = toInput(state.current);
  const merged = edits.keepMine(state.base.input, mine, theirs);
  const version = state.current.version;
  return {
    state: { base: { input: theirs, version }, input: merged, current: null },
    send: { from: theirs, mine: merged, version },
  };
}

/** "Discard mine": the form starts again from their version. */
export function discardEdit<R extends { version: number }, I>(
  state: EditState<R, I>,
  toInput: (r: R) => I,
): EditState<R, I> {
  return state.current ? startEdit(state.current, toInput) : state;
}
