import { describe, expect, it } from 'vitest';
import { emptyInput } from './formValues.js';
import { hasTyped, occurredAtProblem } from './logGuards.js';

const now = new Date('2026-03-10T07:00:00Z');
const blank = emptyInput('u1', 'Asia/Ho_Chi_Minh', {}, now);

describe('quick-log guards', () => {
  it('asks for a date when the field is cleared or half typed', () => {
    expect(occurredAtProblem({ ...blank, localTime: '' }, now)).toBe('missing');
    expect(occurredAtProblem({ ...blank, localTime: '2026-03-10' }, now)).toBe('missing');
  });

  it('lets dates up to a year ahead through and stops the ones beyond', () => {
    expect(occurredAtProblem(blank, now)).toBeNull();
    expect(occurredAtProblem({ ...blank, localTime: '2027-03-10T14:00' }, now)).toBeNull();
    expect(occurredAtProblem({ ...blank, localTime: '2027-03-10T14:01' }, now)).toBe('farFuture');
    expect(occurredAtProblem({ ...blank, localTime: '2206-03-10T09:00' }, now)).toBe('farFuture');
    expect(occurredAtProblem({ ...blank, localTime: '1999-03-10T09:00' }, now)).toBeNull();
  });

  it('counts any change as typed content, and an untouched form as none', () => {
    expect(hasTyped(blank, blank)).toBe(false);
    expect(hasTyped({ ...blank }, blank)).toBe(false);
    expect(hasTyped({ ...blank, subject: 'Call' }, blank)).toBe(true);
    expect(hasTyped({ ...blank, localTime: '' }, blank)).toBe(true);
  });
});
