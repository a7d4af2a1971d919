import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { notifyError } from '../../components/index.js';
import { isStale, refreshRelationships, staleCurrent } from '../../shared/index.js';
import { openItemsOf } from './problems.js';
import { moveStage, type StageMoveBody, storeRelationship } from './relationships.queries.js';
import type { Relationship, SkippedItem, Stage } from './relationships.types.js';
import { direction } from './stages.js';
import { type MovePhase, StageMoveDialog } from './StageMoveDialog.js';

/** The relationship being moved, as either the page or a board card knows it. */
export interface MoveSubject {
  id: string;
  version: number;
  stage: Stage;
  partnerName: string;
}

export interface MoveOptions {
  /** Ask for an optional note before a forward move (the relationship page); the board moves at once. */
  askNote?: boolean;
  onMoved?: (saved: Relationship) => void;
  /** The move did not happen: cancelled, refused or stale (with the server's current copy when known). */
  onAbandoned?: (current: Relationship | null) => void;
}

interface Pending {
  subject: MoveSubject;
  to: Stage;
  phase: MovePhase;
  openItems: SkippedItem[];
  options: MoveOptions;
}

/**
 * A stage move with the rules of the API: forward over open checklist items asks to confirm them
 * (409 `checklist_incomplete`, resent with `confirmSkipped`), backward asks for a reason, a stale
 * version is reported. Returns `start` and the dialog to render.
 */
export function useStageMove(
  workspaceId: string,
  { fromBoard = false } = {},
): { start: (s: MoveSubject, to: Stage, o?: MoveOptions) => void; dialog: ReactNode; moving: boolean } {
  const intl = useIntl();
  const client = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  const [text, setText] = useState('');
  // Plain promises rather than one mutation: board moves of several cards may overlap, and each
  // needs its own answer (a mutation calls back only for the latest call).
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<unknown>(null);

  /** Opens (or closes) the dialog; a dialog for another card it replaces counts as cancelled. */
  const show = (next: Pending | null) => {
    const old = pendingRef.current;
    if (old && next && old.subject.id !== next.subject.id) old.options.onAbandoned?.(null);
    pendingRef.current = next;
    setPending(next);
  };
  const closeFor = (id: string) => {
    if (pendingRef.current?.subject.id === id) show(null);
  };

  const abandon = (p: Pending, failure: unknown) => {
    notifyError(intl, failure);
    closeFor(p.subject.id);
    const current = staleCurrent<Relationship>(failure);
    if (current) storeRelationship(client, workspaceId, current);
    void refreshRelationships(client, workspaceId, { exceptBoard: fromBoard });
    p.options.onAbandoned?.(current);
  };

  /** Sends the move; `fromDialog` when the user confirmed it in the dialog, which then shows errors. */
  const send = (p: Pending, note: string, confirmSkipped: boolean, fromDialog: boolean) => {
    const back = direction(p.subject.stage, p.to) === 'backward';
    const body: StageMoveBody = {
      to: p.to,
      version: p.subject.version,
      ...(note.trim() ? (back ? { reason: note.trim() } : { note: note.trim() }) : {}),
      ...(confirmSkipped ? { confirmSkipped: true } : {}),
    };
    setError(null);
    setInFlight((n) => n + 1);
    moveStage(workspaceId, p.subject.id, body)
      .then((saved) => {
        storeRelationship(client, workspaceId, saved);
        void refreshRelationships(client, workspaceId, { exceptBoard: fromBoard });
        closeFor(p.subject.id);
        p.options.onMoved?.(saved);
      })
      .catch((failure: unknown) => {
        const open = openItemsOf(failure);
        if (open && !confirmSkipped) show({ ...p, phase: 'skipped', openItems: open });
        else if (isStale(failure) || !fromDialog) abandon(p, failure);
        // Anything else stays in the open dialog, under its field when it names one.
        else setError(failure);
      })
      .finally(() => setInFlight((n) => n - 1));
  };

  const start = (subject: MoveSubject, to: Stage, options: MoveOptions = {}) => {
    const way = direction(subject.stage, to);
    if (way === 'same') return;
    setError(null);
    setText('');
    const next: Pending = { subject, to, phase: way === 'backward' ? 'reason' : 'note', openItems: [], options };
    if (way === 'forward' && !options.askNote) send(next, '', false, false);
    else show(next);
  };

  const cancel = () => {
    const p = pendingRef.current;
    show(null);
    setError(null);
    p?.options.onAbandoned?.(null);
  };

  const dialog = pending ? (
    <StageMoveDialog
      phase={pending.phase}
      partnerName={pending.subject.partnerName}
      to={pending.to}
      openItems={pending.openItems}
      text={text}
      onText={setText}
      saving={inFlight > 0}
      error={error}
      onConfirm={() => send(pending, text, pending.phase === 'skipped', true)}
      onCancel={cancel}
    />
  ) : null;
  return { start, dialog, moving: inFlight > 0 };
}
