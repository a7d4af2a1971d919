import { describe, expect, it } from 'vitest';
import { countryName, countryOptions } from './countries.js';

describe('countries', () => {
  it('names countries in the user language', () => {
    expect(countryName('VN', 'en')).toBe('Vietnam');
    expect(countryName('RU', 'ru')).toBe('Россия');
  });

  it('lists every country once, sorted by its localized name', () => {
    const options = countryOptions('en');
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.length).toBeGreaterThan(240);
    const labels = options.map((o) => o.label);
    expect([...labels].sort(new Intl.Collator('en-GB').compare)).toEqual(labels);
  });
});
