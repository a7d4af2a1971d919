import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OwnServer {
  baseURL: string;
  stop: () => Promise<void>;
}

export interface Admin {
  email: string;
  password: string;
  name: string;
  workspace: string;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the built server (`npm run build` first) on its own port and empty data directory, with
 * its first owner made from the environment, so a spec does not depend on the order specs run in.
 */
export async function startOwnServer(port: number, admin: Admin): Promise<OwnServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-own-'));
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: baseURL,
      LOG_LEVEL: 'warn',
      RAPPORT_ADMIN_EMAIL: admin.email,
      RAPPORT_ADMIN_PASSWORD: admin.password,
      RAPPORT_ADMIN_NAME: admin.name,
      RAPPORT_WORKSPACE_NAME: admin.workspace,
    },
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`${baseURL}/api/v1/health`, child, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
