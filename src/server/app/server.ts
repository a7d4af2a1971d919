import type { Config } from '../platform/core/index.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../platform/db/index.js';
import { createFileStore } from '../platform/files/index.js';
import { buildApp } from './app.js';
import type { App } from '../platform/http/index.js';
import { isSetupNeeded, runSetup } from '../platform/setup/index.js';

/**
 * Opens the database, migrates it, runs a scripted setup if asked, and builds the app.
 * `startJobs: false` leaves the job runner idle (benchmarks, which must not share the database with the daily upkeep).
 */
export async function startServer(
  config: Config,
  options: { logger?: boolean; startJobs?: boolean } = {},
): Promise<{ app: App; database: DatabaseHandle }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    const files = await createFileStore(config);
    const app = await buildApp(
      { db: database.db, config, files },
      { ...(options.logger !== undefined ? { logger: options.logger } : {}) },
    );
    // Email delivery, reminders, and the periodic upkeep (trash purge, recurring meetings, health
    // scores) run as jobs: claimed once across instances and picked up again after a restart.
    if (options.startJobs !== false) app.jobs.start();
    app.addHook('onClose', async () => {
      await app.jobs.stop();
      await database.close();
    });
    if (config.admin && (await isSetupNeeded(database.db))) {
      await runSetup(database.db, { ...config.admin, workspaceName: config.admin.workspaceName });
      app.log.info({ email: config.admin.email }, 'created the first workspace and its owner from RAPPORT_ADMIN_EMAIL');
    }
    return { app, database };
  } catch (error) {
    await database.close();
    throw error;
  }
}
