import type { Stage } from '../../platform/db/index.js';

/**
 * The checklist every workspace starts with, from the stage descriptions in DOMAIN.md. The key is
 * also the item's id, so checks survive when a workspace later edits the list; the web app shows
 * the translation `checklist.<key>`, and `text` is the English wording, used only to recognise a
 * shipped item sent back unchanged.
 */
export const SHIPPED_CHECKLISTS: Record<Stage, readonly { key: string; text: string }[]> = {
  formation: [
    { key: 'formation.needs_analysis', text: 'Needs analysis done' },
    { key: 'formation.expertise_assessed', text: "Partner's experience and expertise assessed" },
    { key: 'formation.values_fit', text: 'How well their values fit ours assessed' },
    { key: 'formation.one_team', text: 'Both sides agree to work as one team' },
  ],
  planning: [
    { key: 'planning.joint_plan', text: 'Joint plan written' },
    { key: 'planning.team_formed', text: 'Team formed to carry out the plan' },
    { key: 'planning.outcomes_understood', text: 'Everyone understands the intended outcomes' },
    { key: 'planning.responsibilities_agreed', text: 'Responsibilities for the key areas agreed' },
  ],
  engagement: [
    { key: 'engagement.work_under_way', text: 'Joint work is being carried out as planned' },
    { key: 'engagement.visions_aligned', text: 'Visions aligned' },
    { key: 'engagement.delivery_seen', text: 'Each side has seen the other deliver on the plan' },
    { key: 'engagement.regular_meetings', text: 'Regular progress meetings held' },
  ],
  results: [
    { key: 'results.successes_achieved', text: 'The collaboration has produced successes' },
    { key: 'results.results_reviewed', text: 'Results reviewed against the goals' },
    { key: 'results.commitment_confirmed', text: 'Both sides commit to each other with confidence' },
  ],
  realization: [
    { key: 'realization.highest_cooperation', text: 'Working at the highest level of cooperation' },
    { key: 'realization.mutual_understanding', text: 'Mutual understanding reached' },
    { key: 'realization.lasting_relationship', text: 'A lasting relationship agreed' },
  ],
};

/** Every shipped key, for translation files (`checklist.<key>`). */
export const SHIPPED_CHECKLIST_KEYS: readonly string[] = Object.values(SHIPPED_CHECKLISTS).flatMap((items) =>
  items.map((i) => i.key),
);
