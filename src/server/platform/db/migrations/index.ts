import type { Migration } from 'kysely';
import * as platform from './20261123000000_platform.js';
import * as partners from './20261123010000_partners.js';
import * as relationships from './20261124000000_relationships.js';
import * as interactions from './20261125000000_interactions.js';
import * as attachments from './20261126000000_attachments.js';
import * as calendarFeeds from './20261126010000_calendar_feeds.js';
import * as interactionImports from './20261126020000_interaction_imports.js';
import * as jobsNotifications from './20261127000000_jobs_notifications.js';
import * as keepInTouch from './20261127010000_keep_in_touch.js';
import * as signInLimits from './20261128000000_sign_in_limits.js';
import * as meetingLocation from './20261203000000_meeting_location.js';
import * as searchText from './20261203010000_search_text.js';
import * as importEncodingsDates from './20261203020000_import_encodings_dates.js';
import * as profileWebsiteKeys from './20261203120000_profile_website_keys.js';
import * as userColorScheme from './20261203130000_user_color_scheme.js';

/**
 * Every migration, by timestamped name. Listed here rather than read from disk so the same
 * code runs from TypeScript sources (tests, dev) and from the compiled build.
 */
export const migrations: Record<string, Migration> = {
  '20261123000000_platform': platform,
  '20261123010000_partners': partners,
  '20261124000000_relationships': relationships,
  '20261125000000_interactions': interactions,
  '20261126000000_attachments': attachments,
  '20261126010000_calendar_feeds': calendarFeeds,
  '20261126020000_interaction_imports': interactionImports,
  '20261127000000_jobs_notifications': jobsNotifications,
  '20261127010000_keep_in_touch': keepInTouch,
  '20261128000000_sign_in_limits': signInLimits,
  '20261203000000_meeting_location': meetingLocation,
  '20261203010000_search_text': searchText,
  '20261203020000_import_encodings_dates': importEncodingsDates,
  '20261203120000_profile_website_keys': profileWebsiteKeys,
  '20261203130000_user_color_scheme': userColorScheme,
};
