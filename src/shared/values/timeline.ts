/** What a partner's or relationship's timeline holds. */
export const TIMELINE_TYPES = ['interaction', 'meeting', 'task', 'stage_change', 'value_assessment'] as const;
