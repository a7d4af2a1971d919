import crypto from 'node:crypto';
import type { NotificationKind } from '../../platform/db/index.js';
import { NOTIFICATION_KINDS } from './kinds.js';

/** Who may turn which reminder off by email, in which workspace: what an unsubscribe link carries. */
export type UnsubscribeClaim = { userId: string; workspaceId: string; kind: NotificationKind };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// The purpose is signed too, so a signature made with this key for anything else never passes here.
const PURPOSE = 'rapport-unsubscribe-v1';

const mac = (key: Buffer, payload: string) => crypto.createHmac('sha256', key).update(`${PURPOSE}:${payload}`).digest();

/** `<payload>.<HMAC-SHA256>`, both base64url: no expiry, as a link in an old email must keep working. */
export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(`${claim.userId}:${claim.workspaceId}:${claim.kind}`).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The claim of a well-formed token with a valid signature, else undefined. */
export function verifyUnsubscribe(key: Buffer, token: string): UnsubscribeClaim | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return undefined;
  const [userId, workspaceId, kind] = Buffer.from(payload, 'base64url').toString('utf8').split(':');
  if (!userId || !workspaceId || !UUID.test(userId) || !UUID.test(workspaceId)) return undefined;
  const known = NOTIFICATION_KINDS.find((k) => k === kind);
  return known ? { userId, workspaceId, kind: known } : undefined;
}
