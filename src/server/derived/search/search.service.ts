import type { Db } from '../../platform/db/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { listPartners } from '../../directory/partners/index.js';
import { searchRelationships } from '../../relationships/relationships/index.js';
import { searchInteractions } from '../../activity/interactions/index.js';
import { searchTasks } from '../../activity/tasks/index.js';
import type { SearchResult } from './search.schema.js';

const NONE = {
  snippet: null,
  partnerId: null,
  relationshipId: null,
  interactionId: null,
  stage: null,
  interactionKind: null,
  occurredAt: null,
  partnerName: null,
  dueOn: null,
  status: null,
} satisfies Partial<SearchResult>;

/**
 * The search box: up to `limit` of each kind, kinds in a fixed order (partners and people,
 * relationships, interactions, tasks), each kind best first. Each kind's module decides what
 * matches and what the caller may see; the queries run one after the other (PGlite has one connection).
 */
export async function searchWorkspace(db: Db, auth: Auth, workspaceId: string, q: string, limit: number) {
  await requirePermission(db, auth, workspaceId, 'read');
  const partners = await listPartners(db, auth, workspaceId, { q, limit });
  const relationships = await searchRelationships(db, auth, workspaceId, q, limit);
  const interactions = await searchInteractions(db, auth, workspaceId, q, limit);
  const tasks = await searchTasks(db, auth, workspaceId, q, limit);
  const items: SearchResult[] = [
    ...partners.items.map((p) => ({
      ...NONE,
      id: p.id,
      type: p.type,
      name: p.name,
      snippet: p.email ?? p.phone ?? null,
      partnerId: p.id,
    })),
    ...relationships.map((r) => ({
      ...NONE,
      id: r.id,
      type: 'relationship' as const,
      name: r.partnerName,
      snippet: r.purpose || null,
      partnerId: r.partnerId,
      relationshipId: r.id,
      stage: r.stage,
    })),
    ...interactions.map((i) => ({
      ...NONE,
      id: i.id,
      type: 'interaction' as const,
      name: i.subject,
      snippet: i.excerpt,
      interactionId: i.id,
      interactionKind: i.kind,
      occurredAt: i.occurredAt.toISOString(),
      partnerName: i.partnerName,
    })),
    ...tasks.map((t) => ({
      ...NONE,
      id: t.id,
      type: 'task' as const,
      name: t.title,
      snippet: t.notes || null,
      partnerId: t.partnerId,
      relationshipId: t.relationshipId,
      interactionId: t.interactionId,
      dueOn: t.dueOn,
      status: t.status,
    })),
  ];
  return { items };
}
