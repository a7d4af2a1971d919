import type { Db } from '../../platform/db/index.js';
import { AppError, type FieldError } from '../../platform/core/index.js';
import { findMemberIds, findRelationshipRefs } from '../../relationships/relationships/index.js';
import type { InteractionLinks } from './interactions.repository.js';
import { findPartnerRefs } from '../../directory/partners/index.js';

const NONE: InteractionLinks = { partnerIds: [], personIds: [], relationshipIds: [], memberIds: [] };
const unique = (ids: string[]) => [...new Set(ids)];

/**
 * Checks who and what an interaction (or a series template) concerns and settles the lists:
 * partners, people and relationships are in this workspace and not in the trash, people are
 * partners of type person, members belong to the workspace, and at least one partner,
 * relationship or person is named. A relationship's partner is added to the partners, since a
 * contact about a relationship is a contact with its partner. What `existing` already links is
 * accepted as it is, so an edit does not fail because a partner went to the trash or a member left
 * since. `extraMembers` are further user ids to check (action item owners), by path.
 * All problems are reported at once, each naming its field.
 */
export async function checkLinks(
  db: Db,
  workspaceId: string,
  links: InteractionLinks,
  existing: InteractionLinks = NONE,
  extraMembers: { path: string; userId: string }[] = [],
): Promise<InteractionLinks> {
  const given = {
    partnerIds: unique(links.partnerIds),
    personIds: unique(links.personIds),
    relationshipIds: unique(links.relationshipIds),
    memberIds: unique(links.memberIds),
  };
  const [partners, relationships, members] = await Promise.all([
    findPartnerRefs(db, workspaceId, [...given.partnerIds, ...given.personIds]),
    findRelationshipRefs(db, workspaceId, given.relationshipIds),
    findMemberIds(db, workspaceId, [...given.memberIds, ...extraMembers.map((m) => m.userId)]),
  ]);
  const errors: FieldError[] = [];
  const notFound = (path: string) =>
    errors.push({ path, rule: 'not_found', message: 'is not in this workspace (or is in the trash)' });
  const kept = (list: keyof InteractionLinks, id: string) => existing[list].includes(id);

  given.partnerIds.forEach((id, i) => {
    const partner = partners.get(id);
    if (!kept('partnerIds', id) && (!partner || partner.deletedAt)) notFound(`partnerIds.${i}`);
  });
  given.personIds.forEach((id, i) => {
    const person = partners.get(id);
    if (kept('personIds', id)) return;
    if (!person || person.deletedAt) notFound(`personIds.${i}`);
    else if (person.type !== 'person')
      errors.push({ path: `personIds.${i}`, rule: 'not_person', message: 'is an organisation, not a person' });
  });
  const relationshipPartners: string[] = [];
  given.relationshipIds.forEach((id, i) => {
    const relationship = relationships.get(id);
    if (relationship && (kept('relationshipIds', id) || !relationship.deleted))
      relationshipPartners.push(relationship.partnerId);
    else if (!kept('relationshipIds', id)) notFound(`relationshipIds.${i}`);
  });
  given.memberIds.forEach((id, i) => {
    if (!kept('memberIds', id) && !members.has(id))
      errors.push({ path: `memberIds.${i}`, rule: 'not_member', message: 'is not a member of this workspace' });
  });
  for (const { path, userId } of extraMembers) {
    if (!members.has(userId)) errors.push({ path, rule: 'not_member', message: 'is not a member of this workspace' });
  }
  if (given.partnerIds.length + given.personIds.length + given.relationshipIds.length === 0) {
    errors.push({ path: 'partnerIds', rule: 'required', message: 'name at least one partner, relationship or person' });
  }
  if (errors.length)
    throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  return { ...given, partnerIds: unique([...given.partnerIds, ...relationshipPartners]) };
}

/**
 * The links an edit leaves: the stored ones when the edit names none of the four lists, else the
 * stored ones with the named lists replaced, checked as checkLinks does.
 */
export async function editedLinks(
  db: Db,
  workspaceId: string,
  input: Partial<InteractionLinks>,
  stored: InteractionLinks,
): Promise<InteractionLinks> {
  const given =
    input.partnerIds !== undefined ||
    input.personIds !== undefined ||
    input.relationshipIds !== undefined ||
    input.memberIds !== undefined;
  if (!given) return stored;
  const links = {
    partnerIds: input.partnerIds ?? stored.partnerIds,
    personIds: input.personIds ?? stored.personIds,
    relationshipIds: input.relationshipIds ?? stored.relationshipIds,
    memberIds: input.memberIds ?? stored.memberIds,
  };
  return checkLinks(db, workspaceId, links, stored);
}
