/**
 * Shared by bench/seed.ts and bench/bench.ts: command-line options, the bench account, a seeded
 * PRNG and latency statistics. Nothing here is used by the app.
 */
import path from 'node:path';

export const BENCH_OWNER_EMAIL = 'bench@example.com';
export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_MEMBER_EMAILS = [
  'bench-member-1@example.com',
  'bench-member-2@example.com',
  'bench-member-3@example.com',
];
export const DEFAULT_WORKSPACE_NAME = 'Rapport bench';
export const DEFAULT_DATA_DIR = './bench-data';

export type DatabaseTarget = { databaseUrl: string | undefined; dataDir: string };

/** `--name value` and `--name=value` options; `--flag` alone is "true". */
export function parseArgs(argv: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      options.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        options.set(arg.slice(2), next);
        i++;
      } else {
        options.set(arg.slice(2), 'true');
      }
    }
  }
  return options;
}

export function intOption(options: Map<string, string>, name: string, fallback: number): number {
  const raw = options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (got "${raw}")`);
  return value;
}

/** --database-url wins; otherwise PGlite in --data-dir (default ./bench-data). */
export function databaseTarget(options: Map<string, string>): DatabaseTarget {
  const databaseUrl = options.get('database-url');
  return { databaseUrl, dataDir: path.resolve(options.get('data-dir') ?? DEFAULT_DATA_DIR) };
}

export function describeTarget(target: DatabaseTarget): string {
  if (!target.databaseUrl) return `PGlite in ${target.dataDir}`;
  const u = new URL(target.databaseUrl);
  return `PostgreSQL ${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const chance = (p: number): boolean => next() < p;
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return out;
  };
  const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(0, 255));
  return { next, int, pick, chance, digits, sample, bytes };
}
export type Random = ReturnType<typeof createRandom>;

export type Stats = { n: number; p50: number; p95: number; max: number; mean: number };

export function stats(samplesMs: number[]): Stats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
  };
}

export const ms = (v: number): string => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–');

export function elapsedSince(startNs: bigint): number {
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

/** One measured read: the same request through the API, the service and the repository alone. */
export type Scenario = {
  name: string;
  api: (i: number) => Promise<void>;
  service: (i: number) => Promise<void>;
  sql: (i: number) => Promise<void>;
  explain?: () => Promise<string>;
  note?: string;
  /** The p95 the issue aims at on PostgreSQL (50 ms unless it says otherwise). */
  targetMs?: number;
};
