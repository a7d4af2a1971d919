import { rmSync } from 'node:fs';

/** Deletes the run's temporary data directory. */
export default function globalTeardown(): void {
  const dir = process.env.RAPPORT_E2E_DATA_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
