import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/core/index.js';
import { findStoredChoices, saveChoice } from './preferences.repository.js';
import { DEFAULT_CHOICES } from './kinds.js';
import { findRecipient } from './recipient.repository.js';
import { serverSecret } from './secrets.repository.js';
import { UNSUBSCRIBE_SECRET } from './unsubscribe.js';
import { verifyUnsubscribe } from './unsubscribe-token.js';

const invalid = () => new AppError('invalid_token', 'This unsubscribe link is not valid');

/**
 * No session here: the signed token is the authority, and it only ever names one member, one
 * workspace and one kind. A member who has left the workspace has nothing to unsubscribe from.
 */
async function resolve(db: Db, token: string) {
  const claim = verifyUnsubscribe(await serverSecret(db, UNSUBSCRIBE_SECRET), token);
  if (!claim) throw invalid();
  const recipient = await findRecipient(db, claim.workspaceId, claim.userId);
  if (!recipient) throw invalid();
  return { claim, recipient };
}

/** What the link would turn off, for the page that asks before doing it. */
export async function describeUnsubscribe(db: Db, token: string) {
  const { claim, recipient } = await resolve(db, token);
  return { kind: claim.kind, workspaceName: recipient.workspaceName, email: recipient.email };
}

/** Turns email off for the token's kind, keeping the in-app choice; doing it twice is harmless. */
export async function unsubscribe(db: Db, token: string, now = new Date()) {
  const { claim, recipient } = await resolve(db, token);
  await db.transaction().execute(async (trx) => {
    const stored = (await findStoredChoices(trx, claim.workspaceId, claim.userId)).find((c) => c.kind === claim.kind);
    const inApp = (stored ?? DEFAULT_CHOICES[claim.kind]).inApp;
    await saveChoice(trx, claim.workspaceId, claim.userId, claim.kind, { byEmail: false, inApp }, now);
  });
  return { kind: claim.kind, workspaceName: recipient.workspaceName, email: recipient.email };
}
