/** What kind of contact an interaction was. */
export const INTERACTION_KINDS = [
  'email',
  'phone_call',
  'video_call',
  'meeting',
  'message',
  'event_encounter',
  'site_visit',
  'other',
] as const;
/** Who reached out: we did (outbound) or they did (inbound). */
export const DIRECTIONS = ['outbound', 'inbound'] as const;
/** How an interaction went. */
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
