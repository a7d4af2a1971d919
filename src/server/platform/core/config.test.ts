import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults: port 3000, embedded database in ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.bodyLimit).toBe(1024 * 1024);
  });

  it('names the setting when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ RAPPORT_ADMIN_EMAIL: 'a@example.com' })).toThrow(/RAPPORT_ADMIN_PASSWORD/);
    expect(() => loadConfig({ ATTACHMENT_MAX_BYTES: '10MB' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadConfig({ S3_ENDPOINT: 'https://minio.local:9000' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'key' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it('keeps attachments on disk, 10 MiB each, unless S3_BUCKET names a bucket', () => {
    expect(loadConfig({})).toMatchObject({ attachmentMaxBytes: 10 * 1024 * 1024, s3: undefined });
    expect(
      loadConfig({
        ATTACHMENT_MAX_BYTES: '2048',
        S3_BUCKET: 'rapport-files',
        S3_ENDPOINT: 'https://minio.local:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    ).toMatchObject({
      attachmentMaxBytes: 2048,
      s3: {
        bucket: 'rapport-files',
        endpoint: 'https://minio.local:9000',
        region: 'us-east-1',
        credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      },
    });
  });

  // The process itself: one clear line naming the setting, a non-zero exit, no stack trace.
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('stops with one line and a non-zero exit code on PORT=abc', () => {
    const result = start({ PORT: 'abc' });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with one line naming DATABASE_URL when the server cannot be reached', () => {
    const result = start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere' });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL cannot be reached/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
