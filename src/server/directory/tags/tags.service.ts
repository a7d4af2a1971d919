import type { Db, Tx } from '../../platform/db/index.js';
import { AppError, nameKey, newId, notFound, staleVersion } from '../../platform/core/index.js';
import { type Auth, requireVersion } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { deleteTag, findTag, findTagByKey, insertTag, listTags, updateTag } from './tags.repository.js';

const present = (t: { id: string; name: string; color: string; version: number }) => ({
  id: t.id,
  name: t.name,
  color: t.color,
  version: t.version,
});

function duplicateName() {
  return new AppError('duplicate', 'A tag with this name exists', {
    errors: [{ path: 'name', rule: 'duplicate', message: 'is already used by another tag' }],
  });
}

export async function getTags(db: Db, auth: Auth, workspaceId: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  return { items: (await listTags(db, workspaceId)).map(present) };
}

/** Creates a tag, or answers 409 naming `name` when the workspace has one spelled the same way. */
export async function createTag(db: Db, auth: Auth, workspaceId: string, input: { name: string; color: string }) {
  await requirePermission(db, auth, workspaceId, 'write');
  return db.transaction().execute(async (trx) => {
    const tag = await insertTag(trx, {
      workspaceId,
      id: newId(),
      name: input.name,
      nameKey: nameKey(input.name),
      color: input.color,
    });
    if (!tag) throw duplicateName();
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'tag.create',
      entityType: 'tag',
      entityId: tag.id,
      changes: { name: { before: null, after: tag.name }, color: { before: null, after: tag.color } },
    });
    return present(tag);
  });
}

/** The tags with these names, created when missing: what imports and quick tagging use. */
export async function ensureTags(trx: Tx, workspaceId: string, names: string[], color = '#868e96'): Promise<string[]> {
  const ids: string[] = [];
  for (const name of [...new Set(names.map((n) => n.trim()).filter(Boolean))]) {
    const key = nameKey(name);
    const existing =
      (await findTagByKey(trx, workspaceId, key)) ??
      (await insertTag(trx, { workspaceId, id: newId(), name, nameKey: key, color })) ??
      (await findTagByKey(trx, workspaceId, key));
    if (existing) ids.push(existing.id);
  }
  return ids;
}

export async function editTag(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: { name?: string | undefined; color?: string | undefined; version?: number | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version);
  const before = await findTag(db, workspaceId, id);
  if (!before) throw notFound('Tag');
  if (input.name !== undefined) {
    const clash = await findTagByKey(db, workspaceId, nameKey(input.name));
    if (clash && clash.id !== id) throw duplicateName();
  }
  return db.transaction().execute(async (trx) => {
    const values = {
      ...(input.name !== undefined ? { name: input.name, nameKey: nameKey(input.name) } : {}),
      ...(input.color !== undefined ? { color: input.color } : {}),
    };
    const updated = await updateTag(trx, workspaceId, id, version, values);
    if (!updated) throw staleVersion('Tag', present(before));
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'tag.update',
      entityType: 'tag',
      entityId: id,
      changes: {
        name: { before: before.name, after: updated.name },
        color: { before: before.color, after: updated.color },
      },
    });
    return present(updated);
  });
}

/** Deleting a tag removes it from every partner; tags are labels, not records, so this one is not soft. */
export async function removeTag(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'write');
  const before = await findTag(db, workspaceId, id);
  if (!before) throw notFound('Tag');
  await db.transaction().execute(async (trx) => {
    await deleteTag(trx, workspaceId, id);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'tag.delete',
      entityType: 'tag',
      entityId: id,
      changes: { name: { before: before.name, after: null } },
    });
  });
}
