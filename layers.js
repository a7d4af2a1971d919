/**
 * The layer map: every module of the server and the web, bottom layer first. A module may import
 * the public entry (`index.ts`) of a module on a lower level, never one on its own level or above,
 * and never another module's inner files. ESLint enforces it (eslint.config.js) and
 * ARCHITECTURE.md draws it. A new module is added here, on the level of the lowest module that
 * may use it.
 *
 * Each layer lists its levels in order; modules on one level do not know each other.
 */

/** @typedef {{ layer: string, levels: string[][] }} Layer */

/** @type {Layer[]} Folders below src/server. */
export const serverLayers = [
  {
    layer: 'platform',
    levels: [
      ['platform/core'],
      ['platform/db'],
      ['platform/events', 'platform/jobs', 'platform/files'],
      ['platform/email'],
      ['platform/http'],
      ['platform/access'],
      ['platform/audit'],
      ['platform/users'],
      ['platform/auth'],
      ['platform/workspaces'],
      ['platform/members', 'platform/me', 'platform/setup', 'platform/outbox', 'platform/status'],
      ['platform/invitations'],
    ],
  },
  {
    layer: 'directory',
    levels: [
      ['directory/tags'],
      ['directory/partners'],
      ['directory/imports'],
      ['directory/saved-views', 'directory/exports'],
    ],
  },
  { layer: 'relationships', levels: [['relationships/relationships']] },
  {
    layer: 'activity',
    levels: [
      ['activity/attachments', 'activity/tasks'],
      ['activity/interactions'],
      ['activity/calendar', 'activity/interaction-imports'],
    ],
  },
  {
    layer: 'derived',
    levels: [
      [
        'derived/health',
        'derived/keep-in-touch',
        'derived/retention',
        'derived/notifications',
        'derived/trash',
        'derived/search',
      ],
      ['derived/reminders'],
    ],
  },
];

/**
 * @type {Layer[]} Folders below src/web. `app` (routes, shell, and the pages that put several
 * features on one screen) sits above them all.
 */
export const webLayers = [
  // What every feature may use: the API client, the languages, plain components, and shared hooks,
  // permissions, cache keys, dates and the versioned edit.
  { layer: 'shared', levels: [['api'], ['i18n'], ['components'], ['shared']] },
  {
    layer: 'platform',
    levels: [
      [
        'features/auth',
        'features/setup',
        'features/members',
        'features/invitations',
        'features/workspaces',
        'features/audit',
        'features/outbox',
        'features/notifications',
      ],
    ],
  },
  { layer: 'directory', levels: [['features/tags', 'features/imports'], ['features/partners']] },
  // Health and retention come first: the relationship list shows health, its settings the retention threshold.
  {
    layer: 'relationships',
    levels: [['features/health', 'features/retention'], ['features/relationships'], ['features/pipeline']],
  },
  {
    layer: 'activity',
    levels: [
      ['features/attachments'],
      ['features/interactions'],
      ['features/tasks', 'features/encounters', 'features/series', 'features/timeline'],
      ['features/calendar'],
    ],
  },
  {
    layer: 'derived',
    levels: [
      ['features/keep-in-touch', 'features/reminders', 'features/profile'],
      ['features/home', 'features/search'],
    ],
  },
];

/** Every module of a map with the modules it may import, in order. */
export function allowedImports(layers) {
  const levels = layers.flatMap((l) => l.levels);
  return levels.flatMap((level, i) => level.map((module) => ({ module, below: levels.slice(0, i).flat() })));
}
