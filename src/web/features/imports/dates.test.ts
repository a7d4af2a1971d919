import { describe, expect, it } from 'vitest';
import { datesToSettle, defaultDateOrder, readExample } from './dates.js';
import type { ImportUpload } from './imports.types.js';

const upload = (dates: ImportUpload['dates']): ImportUpload => ({
  id: 'x',
  target: 'interactions',
  format: 'csv',
  encoding: 'utf-8',
  encodings: [],
  columns: ['Start Date', 'End Date', 'Reminder Date'],
  preview: [],
  rowCount: 1,
  suggestedMapping: {},
  dates,
});

describe('the date-order question of an import', () => {
  it('defaults to month first in English and day first in Vietnamese, Russian and Persian', () => {
    expect(['en', 'vi', 'ru', 'fa'].map((l) => defaultDateOrder(l as 'en'))).toEqual([
      'month_first',
      'day_first',
      'day_first',
      'day_first',
    ]);
  });

  it('reads the example both ways, in any digits', () => {
    expect(readExample('3/4/2024 2:00 PM', 'month_first')).toBe('2024-03-04');
    expect(readExample('3/4/2024 2:00 PM', 'day_first')).toBe('2024-04-03');
    expect(readExample('۳-۴-۲۰۲۴', 'day_first')).toBe('2024-04-03');
    expect(readExample('2024-03-04', 'day_first')).toBeNull();
  });

  it('asks only about mapped date columns', () => {
    const u = upload([
      { column: 'Start Date', order: 'ambiguous', example: '3/4/2024' },
      { column: 'End Date', order: 'mixed', example: '15/3/2024', conflicting: '3/15/2024' },
      { column: 'Reminder Date', order: 'ambiguous', example: '3/4/2024' },
    ]);
    const settle = datesToSettle(u, { 'Start Date': 'date', 'End Date': 'end', 'Reminder Date': null });
    expect(settle.open.map((d) => d.column)).toEqual(['Start Date']);
    expect(settle.mixed.map((d) => d.column)).toEqual(['End Date']);
    expect(datesToSettle(u, { 'Start Date': 'subject' })).toEqual({ open: [], mixed: [] });
  });
});
