import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';

export type AssessmentValues = {
  workspaceId: string;
  id: string;
  relationshipId: string;
  canWeHelp: number;
  canWeHelpNote: string | null;
  canTheyHelp: number;
  canTheyHelpNote: string | null;
  assessedOn: string;
  assessedBy: string;
};

export async function insertAssessment(trx: Tx, values: AssessmentValues) {
  await trx.insertInto('valueAssessment').values(values).execute();
}

const assessmentColumns = [
  'a.id',
  'a.canWeHelp',
  'a.canWeHelpNote',
  'a.canTheyHelp',
  'a.canTheyHelpNote',
  'a.assessedOn',
  'a.assessedBy',
  'u.name as assessedByName',
  'a.createdAt',
] as const;

/** Newest first: by the date assessed, then by creation (ids are UUID v7). */
export async function listAssessments(
  db: Db,
  workspaceId: string,
  relationshipId: string,
  options: { id?: string } = {},
) {
  let query = db
    .selectFrom('valueAssessment as a')
    .leftJoin('appUser as u', 'u.id', 'a.assessedBy')
    .select(assessmentColumns)
    .where('a.workspaceId', '=', workspaceId)
    .where('a.relationshipId', '=', relationshipId)
    .orderBy('a.assessedOn', 'desc')
    .orderBy('a.id', 'desc');
  if (options.id) query = query.where('a.id', '=', options.id);
  return query.execute();
}

/** Copies the newest assessment onto the relationship, where lists sort and filter by it. */
export async function refreshLatestValue(trx: Tx, workspaceId: string, relationshipId: string) {
  await sql`update relationship r
    set (can_we_help, can_they_help, value_assessed_on) = (
      select a.can_we_help, a.can_they_help, a.assessed_on from value_assessment a
      where a.workspace_id = r.workspace_id and a.relationship_id = r.id
      order by a.assessed_on desc, a.id desc limit 1),
    updated_at = now()
    where r.workspace_id = ${workspaceId} and r.id = ${relationshipId}`.execute(trx);
}
