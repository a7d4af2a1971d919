import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../api/index.js';
import { uploadProblem } from './problems.js';
import { formatBytes } from './size.js';

const refused = (status: number, code: Problem['code'], rule?: string, params?: Record<string, unknown>) =>
  new ApiError(status, { code, errors: rule ? [{ path: 'file', rule, message: 'English', params }] : [] }, null);

describe('attachment sizes', () => {
  it('reads in the locale’s units and digits', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(48_213, 'en')).toBe('47 kB');
    expect(formatBytes(10 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatBytes(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatBytes(10 * 1024 * 1024, 'fa')).toMatch(/۱۰/);
    expect(formatBytes(10 * 1024 * 1024, 'ru')).toMatch(/^10\sМБ$/);
  });
});

describe('refused uploads', () => {
  const size = (n: number) => `${n} B`;

  it('says the limit when the file is too large', () => {
    expect(uploadProblem(refused(413, 'payload_too_large', 'too_big', { maximum: 10 }), size)).toEqual({
      id: 'attachment.error.tooBig',
      values: { size: '10 B' },
    });
    // A limit hit before the body was read may come without the field error.
    expect(uploadProblem(refused(413, 'payload_too_large'), size)?.id).toBe('attachment.error.tooBigPlain');
  });

  it('tells a forbidden type from content that is not what it claims', () => {
    expect(
      uploadProblem(
        refused(415, 'unsupported_media_type', 'forbidden_type', { detected: 'application/x-msdownload' }),
        size,
      )?.id,
    ).toBe('attachment.error.forbiddenType');
    expect(uploadProblem(refused(415, 'unsupported_media_type', 'type_mismatch'), size)?.id).toBe(
      'attachment.error.typeMismatch',
    );
  });

  it('knows empty files and full interactions, and leaves other errors to the general text', () => {
    expect(uploadProblem(refused(400, 'validation', 'required'), size)?.id).toBe('attachment.error.empty');
    expect(uploadProblem(refused(409, 'conflict'), size)?.id).toBe('attachment.error.tooMany');
    expect(uploadProblem(refused(403, 'forbidden'), size)).toBeNull();
    expect(uploadProblem(new Error('x'), size)).toBeNull();
  });
});
