import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from './timeZones.js';

describe('timeZoneOptions', () => {
  it('uses current names and keeps the user zone', () => {
    const options = timeZoneOptions(['Europe/Kiev', 'Asia/Saigon', 'UTC'], 'Asia/Tehran');
    expect(options).toEqual(['Asia/Ho_Chi_Minh', 'Asia/Tehran', 'Europe/Kyiv', 'UTC']);
  });

  it('does not repeat a zone', () => {
    expect(timeZoneOptions(['Asia/Saigon'], 'Asia/Ho_Chi_Minh')).toEqual(['Asia/Ho_Chi_Minh']);
  });
});
