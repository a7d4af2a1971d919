import { describe, expect, it } from 'vitest';
import { contentTypeOf } from './imports.queries.js';
import { isRunning, progressPercent } from './progress.js';

describe('import progress', () => {
  it('polls while uploaded or running', () => {
    expect(isRunning({ status: 'running' })).toBe(true);
    expect(isRunning({ status: 'uploaded' })).toBe(true);
    expect(isRunning({ status: 'done' })).toBe(false);
    expect(isRunning(undefined)).toBe(false);
  });

  it('computes a bounded percentage', () => {
    expect(progressPercent({ status: 'running', processed: 250, rowCount: 1000 })).toBe(25);
    expect(progressPercent({ status: 'running', processed: 5, rowCount: 0 })).toBe(0);
    expect(progressPercent({ status: 'running', processed: 12, rowCount: 10 })).toBe(100);
    expect(progressPercent({ status: 'failed', processed: 1, rowCount: 10 })).toBe(100);
  });

  it('sends vCard files as text/vcard and anything else as CSV', () => {
    expect(contentTypeOf('contacts.VCF')).toBe('text/vcard');
    expect(contentTypeOf('export.vcard')).toBe('text/vcard');
    expect(contentTypeOf('partners.csv')).toBe('text/csv');
  });
});
