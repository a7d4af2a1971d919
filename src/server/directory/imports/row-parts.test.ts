import { describe, expect, it } from 'vitest';
import { joinAddresses, joinName } from './row-parts.js';

const entry = (column: string, value: string, label = '') => ({ column, value, label });

describe('a row’s names and addresses from their parts', () => {
  it('writes a Vietnamese name family name first, whatever the order of its columns', () => {
    const parts = [entry('Tên', 'An'), entry('Tên đệm', 'Văn'), entry('Họ', 'Nguyễn')];
    expect(joinName(parts, undefined)).toBe('Nguyễn Văn An');
    // Decomposed marks (as some Mac exports write them) are Vietnamese letters too.
    expect(joinName([entry('Given Name', 'Lan'), entry('Family Name', 'Đỗ'.normalize('NFD'))], 'FR')).toBe(
      'Đỗ Lan'.normalize('NFD'),
    );
    expect(joinName([entry('First Name', 'Minh'), entry('Last Name', 'Nguyen')], undefined)).toBe('Nguyen Minh');
  });

  it('keeps the file’s order for other names, and for a whole name', () => {
    expect(joinName([entry('First Name', 'Ольга'), entry('Last Name', 'Смирнова')], 'RU')).toBe('Ольга Смирнова');
    expect(joinName([entry('First Name', 'Linh'), entry('Last Name', 'Pham')], 'US')).toBe('Linh Pham');
    expect(joinName([entry('Name', 'An Nguyễn')], 'VN')).toBe('An Nguyễn');
  });

  it('joins the parts of one address and keeps several addresses several', () => {
    const addresses = [
      entry('Home Street', '12 Lê Lợi', 'Home'),
      entry('Home City', 'Huế', 'Home'),
      entry('Address 1', '1 Main St'),
      entry('Address 2', '2 Side St'),
    ];
    expect(joinAddresses(addresses, [entry('Home Country/Region', 'Việt Nam')])).toEqual([
      entry('Home Street', '12 Lê Lợi, Huế, Việt Nam', 'Home'),
      entry('Address 1', '1 Main St'),
      entry('Address 2', '2 Side St'),
    ]);
  });
});
