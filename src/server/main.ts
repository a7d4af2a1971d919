import { ConfigError, loadConfig } from './platform/core/index.js';
import { startServer } from './app/server.js';

async function main() {
  const config = loadConfig();
  const { app } = await startServer(config);
  await app.listen({ host: config.host, port: config.port });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  // A configuration problem is the operator's to fix: one clear line, no stack trace.
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Rapport could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
