import type { Db } from '../../platform/db/index.js';
import { serverSecret } from './secrets.repository.js';
import { signUnsubscribe, type UnsubscribeClaim } from './unsubscribe-token.js';

export const UNSUBSCRIBE_SECRET = 'unsubscribe_hmac_key';

/**
 * The links of one reminder email: the visible one opens the app's page (which asks the API),
 * the List-Unsubscribe one is the API itself, which mail clients POST to (RFC 8058 one-click).
 */
export async function unsubscribeLinks(db: Db, publicUrl: string, claim: UnsubscribeClaim) {
  const token = encodeURIComponent(signUnsubscribe(await serverSecret(db, UNSUBSCRIBE_SECRET), claim));
  return {
    pageUrl: `${publicUrl}/unsubscribe?token=${token}`,
    headers: {
      'List-Unsubscribe': `<${publicUrl}/api/v1/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
