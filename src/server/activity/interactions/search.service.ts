import type { Db } from '../../platform/db/index.js';
import { foldText } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { findInteractionsMatching } from './search.repository.js';

/** The search box's interactions: every role reads every live interaction of the workspace (none are private). */
export async function searchInteractions(db: Db, auth: Auth, workspaceId: string, q: string, limit: number) {
  await requirePermission(db, auth, workspaceId, 'read');
  const folded = foldText(q);
  if (!folded) return [];
  const rows = await findInteractionsMatching(db, workspaceId, folded, limit);
  return rows.map(({ notesText, minutesText, ...row }) => ({ ...row, excerpt: excerpt(notesText || minutesText) }));
}

/** The start of the notes (else minutes) on one line, cut at a word near 140 characters. */
function excerpt(text: string): string | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= 140) return line || null;
  const cut = line.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 100))}…`;
}
