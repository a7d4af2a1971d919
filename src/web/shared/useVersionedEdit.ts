import { useMemo, useState } from 'react';
import type { ConflictChoice } from '../components/index.js';
import { useMappedErrors } from './fieldErrors.js';
import {
  type Compacted,
  discardEdit,
  type EditState,
  type FieldEdits,
  keepMineEdit,
  type Send,
  staleCurrent,
  startEdit,
} from './versionedEdit.js';

/** The update mutation of a resource: a patch guarded by the version it was made on (412 carries `current`). */
export interface VersionedUpdate<R, P> {
  mutate: (
    variables: { id: string; patch: P; version: number },
    handlers: { onSuccess: (saved: R) => void; onError: (error: unknown) => void },
  ) => void;
  reset: () => void;
  error: unknown;
  isPending: boolean;
}

export interface VersionedEditOptions<R extends { id: string; version: number }, I, F extends string, P> {
  resource: R;
  toInput: (resource: R) => I;
  edits: FieldEdits<I, F, P>;
  /** What the form sends; the identity where the form has no rows to drop. */
  compact: (input: I) => Compacted<I>;
  update: VersionedUpdate<R, P>;
  onSaved: (saved: R) => void;
  /** Who saved the version the user ran into, when the resource says. */
  updatedBy?: (current: R) => string | null;
  /** After "keep my changes" or "discard mine", with their version (e.g. for names only it carries). */
  onKeepMine?: (current: R) => void;
  onDiscard?: (current: R) => void;
}

/**
 * An edit form's versioned save: edits are the difference to what the user started from; a stale
 * save (412) offers the user their version beside mine, to keep my changes over it or take theirs.
 */
export function useVersionedEdit<R extends { id: string; version: number }, I, F extends string, P>(
  options: VersionedEditOptions<R, I, F, P>,
) {
  const { resource, toInput, edits, compact, update } = options;
  const [state, setState] = useState<EditState<R, I>>(() => startEdit(resource, toInput));
  // Server error paths point at the rows of the values last sent.
  const [sent, setSent] = useState(state.input);
  const formPath = useMemo(() => compact(sent).formPath, [compact, sent]);
  const errors = useMappedErrors(update.error && !staleCurrent(update.error) ? update.error : null, formPath);
  const mine = compact(state.input).body;

  const send = ({ from, mine: values, version }: Send<I>) => {
    setSent(values);
    const patch = edits.buildPatch(compact(from).body, compact(values).body);
    update.mutate(
      { id: resource.id, patch, version },
      {
        onSuccess: options.onSaved,
        onError: (error) => {
          const latest = staleCurrent<R>(error);
          if (latest) setState((old) => ({ ...old, current: latest }));
        },
      },
    );
  };

  const keepMine = () => {
    const next = keepMineEdit(state, edits, toInput, mine);
    if (!next || !state.current) return;
    setState(next.state);
    options.onKeepMine?.(state.current);
    send(next.send);
  };

  const discard = () => {
    if (!state.current) return;
    setState(discardEdit(state, toInput));
    update.reset();
    options.onDiscard?.(state.current);
  };

  const choice: ConflictChoice<I, F> | null = state.current
    ? {
        conflicts: edits.conflicts(state.base.input, toInput(state.current), mine),
        theirs: toInput(state.current),
        mine,
        updatedBy: options.updatedBy?.(state.current) ?? null,
        onKeepMine: keepMine,
        onDiscard: discard,
        onClose: () => setState((old) => ({ ...old, current: null })),
      }
    : null;

  return {
    input: state.input,
    change: (change: Partial<I>) => setState((old) => ({ ...old, input: { ...old.input, ...change } })),
    submit: () => send({ from: state.base.input, mine: state.input, version: state.base.version }),
    errors,
    saving: update.isPending,
    /** Their version, while the user decides. */
    current: state.current,
    choice,
  };
}
