import type { Db } from '../../platform/db/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { normaliseContacts, type ContactInput } from './contacts.js';
import { findDuplicates } from './duplicates.js';
import { nameKey } from '../../platform/core/index.js';

/** For the form's as-you-type warning: invalid contact values are simply not compared yet. */
export async function checkForDuplicates(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: {
    name?: string | undefined;
    contacts?: ContactInput[] | undefined;
    country?: string | undefined;
    excludeId?: string | undefined;
  },
) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { contacts } = normaliseContacts(input.contacts ?? [], input.country?.toUpperCase() ?? null);
  const key = input.name ? nameKey(input.name) : undefined;
  return {
    duplicates: await findDuplicates(db, workspaceId, {
      nameKey: key || undefined,
      contacts,
      excludeId: input.excludeId,
    }),
  };
}
