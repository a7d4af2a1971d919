import { installSubscriptions, type Subscriptions } from '../platform/events/index.js';
import {
  followLastContact,
  followOwnerTimeZone,
  moveRelationshipsToSurvivor,
} from '../relationships/relationships/index.js';
import { moveInteractionsToSurvivor } from '../activity/interactions/index.js';
import { refreshHealth } from '../derived/health/index.js';
import { notifyTasksAssigned } from '../derived/reminders/index.js';
import { registerImportTarget } from '../directory/imports/index.js';
import { interactionImportTarget } from '../activity/interaction-imports/index.js';

/**
 * Who derives what from whose changes: every event (platform/events/catalogue.ts) and, in order,
 * the modules that follow it inside the announcing transaction. As app/jobs.ts lists every job,
 * this lists every ripple; a module that derives state from another's changes is wired here.
 */
export const subscriptions: Subscriptions = {
  'interactions.changed': [
    followLastContact,
    // The score's other inputs (contacts, who started them, sentiment) change with any interaction.
    async (trx, e) => void (await refreshHealth(trx, e.workspaceId, e.relationshipIds, e.now)),
  ],
  'relationships.changed': [async (trx, e) => void (await refreshHealth(trx, e.workspaceId, e.relationshipIds, e.now))],
  'user.timeZoneChanged': [followOwnerTimeZone],
  // Relationships move first: the interactions' part recomputes the survivor's relationships' last contact.
  'partners.merged': [moveRelationshipsToSurvivor, moveInteractionsToSurvivor],
  'tasks.assigned': [async (trx, e) => notifyTasksAssigned(trx, e.workspaceId, e.actorId, e.tasks, e.now)],
};

/**
 * Wires the modules to each other, once per app: the ripples above, and the import targets the directory's import
 * engine runs.
 */
export function wireModules(): void {
  installSubscriptions(subscriptions);
  registerImportTarget('interactions', interactionImportTarget);
}
