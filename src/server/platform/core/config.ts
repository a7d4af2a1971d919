import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(3600).default(120),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).default('Rapport <no-reply@localhost>'),
  JOB_POLL_SECONDS: z.coerce.number({ error: 'must be a number' }).min(1).max(3600).default(10),
  RAPPORT_ADMIN_EMAIL: z.string().email().optional(),
  RAPPORT_ADMIN_PASSWORD: z.string().min(10).optional(),
  RAPPORT_ADMIN_NAME: z.string().min(1).max(200).default('Administrator'),
  RAPPORT_WORKSPACE_NAME: z.string().min(1).max(200).default('My workspace'),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number({ error: 'must be a whole number' })
    .int()
    .min(1024)
    .max(1024 ** 3)
    .default(10 * 1024 * 1024),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

/** Where attachment files go when S3_BUCKET is set; otherwise they are kept under DATA_DIR. */
export type S3Config = {
  /** An S3-compatible service (MinIO, Ceph, …); absent: AWS itself. */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** Absent: the AWS SDK's own credential chain (instance role, shared config). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
};

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  trustProxy: boolean;
  logLevel: string;
  bodyLimit: number;
  /** A request whose headers and body have not all arrived by then is answered 408 and closed. */
  requestTimeoutMs: number;
  sessionIdleMs: number;
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** How often the job runner looks for due jobs (email delivery, reminders, periodic upkeep). */
  jobPollMs: number;
  admin: { email: string; password: string; name: string; workspaceName: string } | undefined;
  attachmentMaxBytes: number;
  s3: S3Config | undefined;
};

/** A configuration problem: main.ts prints its message as one line and exits non-zero. */
export class ConfigError extends Error {}

/** Parses the environment once, at start-up. Nothing else in the server reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${name} ${describe(issue?.message)} (got "${env[name] ?? ''}")`);
  }
  const e = parsed.data;
  if ((e.RAPPORT_ADMIN_EMAIL === undefined) !== (e.RAPPORT_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration: RAPPORT_ADMIN_EMAIL and RAPPORT_ADMIN_PASSWORD must be set together');
  }
  if ((e.S3_ACCESS_KEY_ID === undefined) !== (e.S3_SECRET_ACCESS_KEY === undefined)) {
    throw new ConfigError('Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  }
  // An S3 setting without a bucket would silently keep files on local disk: the operator meant S3.
  if (e.S3_BUCKET === undefined && (e.S3_ENDPOINT !== undefined || e.S3_ACCESS_KEY_ID !== undefined)) {
    throw new ConfigError('Invalid configuration: S3_BUCKET must be set to store attachments in S3');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT_BYTES,
    requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
    sessionIdleMs: e.SESSION_IDLE_HOURS * 3600_000,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    jobPollMs: e.JOB_POLL_SECONDS * 1000,
    admin:
      e.RAPPORT_ADMIN_EMAIL && e.RAPPORT_ADMIN_PASSWORD
        ? {
            email: e.RAPPORT_ADMIN_EMAIL,
            password: e.RAPPORT_ADMIN_PASSWORD,
            name: e.RAPPORT_ADMIN_NAME,
            workspaceName: e.RAPPORT_WORKSPACE_NAME,
          }
        : undefined,
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    s3: e.S3_BUCKET
      ? {
          endpoint: e.S3_ENDPOINT,
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          credentials:
            e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
              : undefined,
        }
      : undefined,
  };
}

// An empty variable (PORT=) means "not set", as shells and .env files usually intend.
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

function describe(message: string | undefined): string {
  if (!message) return 'is invalid';
  return message.startsWith('must') ? message : `is invalid: ${message}`;
}
