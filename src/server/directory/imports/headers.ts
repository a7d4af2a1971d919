import { foldText } from '../../platform/core/index.js';

/** Remembers what a header says: the rows of a file ask it of the same few headers again and again. */
function perHeader<T>(fn: (column: string) => T): (column: string) => T {
  const cache = new Map<string, T>();
  return (column) => {
    if (!cache.has(column)) {
      if (cache.size > 1000) cache.clear();
      cache.set(column, fn(column));
    }
    return cache.get(column) as T;
  };
}

/** A header's words, folded like search text; "MailingStreet" and "IMAddress" (Salesforce's API names) split. */
export function headerWords(header: string): string[] {
  const split = header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  return foldText(split)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Words that name a part of an address rather than whose it is: what is left of "Business Street",
 * "Business City", "Business Postal Code" is the address they make together ("business").
 */
const ADDRESS_PART_WORDS = new Set([
  'address',
  'addr',
  'street',
  'line',
  'city',
  'town',
  'state',
  'province',
  'region',
  'postal',
  'postcode',
  'code',
  'zip',
  'zipcode',
  'po',
  'p',
  'o',
  'box',
  'pobox',
  'extended',
  'country',
  'dia',
  'chi',
  'thanh',
  'pho',
  'tinh',
  'адрес',
  'улица',
  'город',
  'индекс',
  'область',
  'регион',
  'страна',
  'آدرس',
  'نشانی',
  'شهر',
  'استان',
  'کد',
  'پستی',
  'کشور',
]);

/**
 * The address a column is a part of: its header without the part words, so "Business Street 2",
 * "Business City" and "Business Country/Region" are all "business", "Address 1 - City" is "1"
 * and a plain file's "Street" and "City" are "". A street's or line's number ("Street 2",
 * "Address Line 2") is a further line of the same address, not another address.
 */
export const addressGroup = perHeader((column: string): string => {
  const words = headerWords(column);
  return words
    .filter((w, i) => !ADDRESS_PART_WORDS.has(w) && !(/^\d+$/.test(w) && /^(street|line)$/.test(words[i - 1] ?? '')))
    .join(' ');
});

/**
 * The label a column's header gives its values, in the words the vCard reader uses: Outlook's
 * "Business Phone" is Work, "Mobile Phone" Mobile, "Home Phone" Home, "Business Fax" Fax,
 * "Home Street" Home. The first rule that matches wins, so a fax is a fax whoever's it is.
 */
const HEADER_LABELS: [RegExp, string][] = [
  [/ (fax|факс|فکس|نمابر)/, 'Fax'],
  [/ (mobile|cell|di dong|моб|сотов|موبایل|همراه)/, 'Mobile'],
  [/ pager /, 'Pager'],
  [/ (main|primary) /, 'Main'],
  [/ (business|work|office|company|co quan|рабоч|کار |محل کار)/, 'Work'],
  [/ (home|personal|nha rieng|ca nhan|домашн|личн|منزل|خانه|شخصی)/, 'Home'],
  [/ car /, 'Car'],
  [/ other /, 'Other'],
];

export const labelFromHeader = perHeader((column: string): string => {
  const padded = ` ${headerWords(column).join(' ')} `;
  return HEADER_LABELS.find(([words]) => words.test(padded))?.[1] ?? '';
});

/** Which part of a name a column holds, from its header: First, Middle, Last; Given, Family; "Họ", "Tên đệm", "Tên". */
export const namePart = perHeader((column: string): 'given' | 'middle' | 'family' | undefined => {
  const padded = ` ${headerWords(column).join(' ')} `;
  if (/ (middle|additional) |^ ten (dem|lot) $/.test(padded)) return 'middle';
  if (/ (first|given) |^ ten $/.test(padded)) return 'given';
  if (/ (last|family|surname) |^ ho $/.test(padded)) return 'family';
  return undefined;
});
