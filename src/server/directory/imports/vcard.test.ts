import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, partnerVcard, type VcardPartner } from '../exports/index.js';
import { parseVcards, VCARD_COLUMNS } from './vcard.js';

const column = (values: string[][], name: (typeof VCARD_COLUMNS)[number]) => values[VCARD_COLUMNS.indexOf(name)];

describe('vCard parser', () => {
  it('reads vCard 3: folded lines, escaped commas in ORG and NOTE, several emails, the line of each card', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Иванов Иван',
      '  Иванович',
      'ORG:Рога\\, Копыта;Отдел',
      'NOTE:a\\, b\\; c\\nd',
      'EMAIL;TYPE=WORK:a@x.ru',
      'item1.EMAIL:b@x.ru',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Nguyễn;An;Văn;;',
      'END:VCARD',
    ].join('\n');
    const [first, second] = parseVcards(text);
    expect(first?.line).toBe(1);
    expect(column(first?.values ?? [], 'FN')).toEqual(['Иванов Иван Иванович']);
    expect(column(first?.values ?? [], 'ORG')).toEqual(['Рога, Копыта']);
    expect(column(first?.values ?? [], 'NOTE')).toEqual(['a, b; c\nd']);
    expect(column(first?.values ?? [], 'EMAIL')).toEqual(['a@x.ru', 'b@x.ru']);
    // No FN: the name comes from N, a Vietnamese one family name first (family, additional, given).
    expect(second?.line).toBe(10);
    expect(column(second?.values ?? [], 'FN')).toEqual(['Nguyễn Văn An']);
  });

  it('reads vCard 4 with KIND, and treats a vCard 3 card whose name is its ORG as a company', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:شرکت نوآوران\r\nTEL:tel:+98-21-1234-5678\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme\r\nORG:Acme\r\nEND:VCARD\r\n';
    const [fa, acme] = parseVcards(text);
    expect(column(fa?.values ?? [], 'KIND')).toEqual(['org']);
    expect(column(fa?.values ?? [], 'TEL')).toEqual(['+98-21-1234-5678']);
    expect(column(acme?.values ?? [], 'KIND')).toEqual(['org']);
  });
});

describe('vCard 2.1 as phones write it', () => {
  it('decodes a quoted-printable name without CHARSET, bare types, and leaves out a line that is not a property', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D1=8C=D0=B3=D0=B0;;;;',
      'TEL;WORK;VOICE:+7 495 123-45-67',
      'this line is garbage',
      'EMAIL;INTERNET;PREF:a@b.ru',
      'END:VCARD',
    ].join('\r\n');
    const [card] = parseVcards(text);
    expect(card?.error).toBeUndefined();
    expect(column(card?.values ?? [], 'FN')).toEqual(['Ольга']);
    expect(column(card?.values ?? [], 'TEL')).toEqual(['+7 495 123-45-67']);
    expect(card?.labels[VCARD_COLUMNS.indexOf('TEL')]).toEqual(['Work']);
    // INTERNET and PREF say how, not whose: no label.
    expect(card?.labels[VCARD_COLUMNS.indexOf('EMAIL')]).toEqual(['']);
    expect(card?.skipped).toEqual(['this line is garbage']);
  });

  it('keeps each title with its own organisation', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:A B',
      'ORG:Acme',
      'TITLE:CEO',
      'ORG:Beta',
      'TITLE:Advisor',
      'END:VCARD',
    ];
    const [card] = parseVcards(text.join('\r\n'));
    expect(column(card?.values ?? [], 'ORG')).toEqual(['Acme', 'Beta']);
    expect(column(card?.values ?? [], 'TITLE')).toEqual(['CEO; Advisor']);
    expect(card?.titles).toEqual(['CEO', 'Advisor']);
  });

  it('pairs a TITLE with the ORG of its group, before or after it, and keeps a ; in a title', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:A B',
      'item2.TITLE:Cố vấn\\; pháp lý',
      'item1.ORG:Acme',
      'item2.ORG:Beta',
      'item1.TITLE:CEO',
      'END:VCARD',
    ];
    const [card] = parseVcards(text.join('\r\n'));
    expect(column(card?.values ?? [], 'ORG')).toEqual(['Acme', 'Beta']);
    expect(card?.titles).toEqual(['CEO', 'Cố vấn; pháp lý']);
  });
});

describe('vCard writer', () => {
  it('escapes backslashes, commas, semicolons and line breaks', () => {
    expect(escapeText('a\\b, c; d\r\ne')).toBe('a\\\\b\\, c\\; d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `NOTE:${'Đặng Thị Hồng '.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('writes a card the parser reads back to the same values', () => {
    const partner: VcardPartner = {
      type: 'person',
      name: 'Nguyễn Văn An',
      country: 'VN',
      kinds: ['customer', 'supplier'],
      tags: ['VIP', 'Hà Nội'],
      organizations: [{ name: 'Công ty A, B & C', title: 'Giám đốc; kinh doanh' }],
      contacts: [
        { channel: 'email', label: 'work', value: 'an@a.vn' },
        { channel: 'phone', label: '', value: '+84912345678' },
        { channel: 'website', label: '', value: 'https://a.vn/' },
        { channel: 'address', label: '', value: '12 Lê Lợi, Quận 1\nTP. Hồ Chí Minh' },
        { channel: 'messenger', label: 'zalo', value: '@an_zalo' },
      ],
      business: 'Bao bì',
      notes: `${'Ghi chú dài '.repeat(20)}\nвторая строка; «ё»`,
    };
    const card = partnerVcard(partner);
    expect(card).toContain('N:Nguyễn;Văn An;;;\r\n');
    // Without a country, the name's own letters say it is Vietnamese; other names keep the family name last.
    expect(partnerVcard({ ...partner, name: 'Trần Thị Mai', country: null })).toContain('N:Trần;Thị Mai;;;\r\n');
    expect(partnerVcard({ ...partner, name: 'Emily Watson', country: null })).toContain('N:Watson;Emily;;;\r\n');
    expect(card).toContain('KIND:individual');
    for (const line of card.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const [read] = parseVcards(card);
    const v = read?.values ?? [];
    expect(column(v, 'FN')).toEqual(['Nguyễn Văn An']);
    expect(column(v, 'ORG')).toEqual(['Công ty A, B & C']);
    expect(column(v, 'TITLE')).toEqual(['Giám đốc; kinh doanh']);
    expect(column(v, 'EMAIL')).toEqual(['an@a.vn']);
    expect(column(v, 'TEL')).toEqual(['+84912345678']);
    expect(column(v, 'URL')).toEqual(['https://a.vn/']);
    expect(column(v, 'ADR')).toEqual(['12 Lê Lợi, Quận 1\nTP. Hồ Chí Minh']);
    expect(column(v, 'IMPP')).toEqual(['@an_zalo']);
    expect(column(v, 'CATEGORIES')).toEqual(['VIP', 'Hà Nội']);
    expect(column(v, 'X-RAPPORT-KIND')).toEqual(['customer', 'supplier']);
    expect(column(v, 'X-RAPPORT-COUNTRY')).toEqual(['VN']);
    expect(column(v, 'NOTE')).toEqual([partner.notes]);
  });
});
