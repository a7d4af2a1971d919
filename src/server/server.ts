import type { Config } from './config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.js';
import { createFileStore } from './files/file-store.js';
import { buildApp } from './http/app.js';
import type { App } from './http/types.js';
import { scheduleInteractionJobs } from './modules/interactions/jobs.js';
import { schedulePurge } from './modules/trash/purge.js';
import { isSetupNeeded, runSetup } from './modules/setup/setup.service.js';

/** Opens the database, migrates it, runs a scripted setup if asked, and builds the app. */
export async function startServer(config: Config, options: { logger?: boolean } = {}): Promise<{ app: App; database: DatabaseHandle }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    const files = await createFileStore(config);
    const app = await buildApp({ db: database.db, config, files }, options);
    const stopPurge = schedulePurge(database.db, files, (error) => app.log.error({ err: error }, 'purging the trash failed'));
    const stopInteractionJobs = scheduleInteractionJobs(database.db, (error) => app.log.error({ err: error }, 'recurring meetings or last contact job failed'));
    app.addHook('onClose', async () => {
      stopPurge();
      stopInteractionJobs();
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
