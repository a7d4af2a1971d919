import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv.js';
import { suggestMapping } from './mapping.js';

describe('CSV parser', () => {
  it('detects comma, semicolon and tab from the header line, not from quoted text', () => {
    expect(detectDelimiter('name,email\n"a;b;c",x')).toBe(',');
    expect(detectDelimiter('"a, b";email;phone\n')).toBe(';');
    expect(detectDelimiter('name\temail\n')).toBe('\t');
  });

  it('keeps quoted delimiters, doubled quotes and line breaks; records start lines; skips blank lines', () => {
    const records = parseCsv('name;notes\r\n"A; B";"one\r\ntwo ""2"""\r\n\r\nC;\rD;x');
    expect(records).toEqual([
      { line: 1, cells: ['name', 'notes'] },
      { line: 2, cells: ['A; B', 'one\r\ntwo "2"'] },
      { line: 5, cells: ['C', ''] },
      { line: 6, cells: ['D', 'x'] },
    ]);
  });

  it('reads a quote after spaces as quoting, and answers 400 naming the line of a quote never closed', () => {
    expect(parseCsv('name, notes\nA, "x, y"').map((r) => r.cells)).toEqual([
      ['name', 'notes'],
      ['A', 'x, y'],
    ]);
    expect(() => parseCsv('name\nA\n"B\nC')).toThrow(
      expect.objectContaining({
        status: 400,
        errors: [expect.objectContaining({ path: 'file', rule: 'invalid_format', params: { line: 3 } })],
      }),
    );
  });

  it('names a file without a name column after its organisation column', () => {
    expect(suggestMapping(['Company name', 'Website'])).toEqual({ 'Company name': 'name', Website: 'website' });
  });
});
