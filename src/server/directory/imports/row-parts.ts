import { foldText } from '../../platform/core/index.js';
import { addressGroup, namePart } from './headers.js';

/** One value of a field, with the column it came from and its label. */
export type Entry = { value: string; label: string; column: string };

/**
 * The addresses of a row. Columns that are parts of one address (headers.addressGroup: Outlook's
 * "Business Street", "Business City", "Business Postal Code") make one address, the parts joined
 * with ", " in the file's order; when it has two parts or more the country of the same address
 * ("Business Country/Region") ends it, so an address abroad stays whole. A column alone in its
 * group keeps each of its values (Google's " ::: ") as an address of its own.
 */
export function joinAddresses(addresses: Entry[], countries: Entry[]): Entry[] {
  const groups = new Map<string, Entry[]>();
  for (const e of addresses) groups.set(addressGroup(e.column), [...(groups.get(addressGroup(e.column)) ?? []), e]);
  return [...groups].flatMap(([group, parts]) => {
    if (new Set(parts.map((p) => p.column)).size < 2) return parts;
    const country = parts.length > 1 ? countries.find((c) => addressGroup(c.column) === group) : undefined;
    const first = parts[0] as Entry;
    return [
      {
        value: [...parts, ...(country ? [country] : [])].map((p) => p.value).join(', '),
        label: parts.find((p) => p.label)?.label ?? '',
        column: first.column,
      },
    ];
  });
}

/** Letters only Vietnamese writes (ă, đ, ơ, ư, ĩ, ũ and the vowels with a dot below or hook above). */
const VIETNAMESE_LETTERS = /[ăđĩũơưĂĐĨŨƠƯ\u1EA0-\u1EF9]/u;
/** The most common Vietnamese family names, as written without marks; none is a common surname elsewhere. */
const VIETNAMESE_FAMILIES = new Set([
  'nguyen',
  'tran',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'ngo',
  'duong',
  'trinh',
  'doan',
  'truong',
  'luong',
  'dinh',
]);

/**
 * Whether a name given in parts is Vietnamese, and so written family name first ("Nguyễn Văn An"
 * from Last "Nguyễn", Middle "Văn", First "An"). Decided by the person's own text, not by the
 * importing user's or the workspace's language: a Vietnamese user's file holds foreign contacts
 * too, and a Vietnamese name in anyone's file should read the Vietnamese way. The text is
 * Vietnamese when the person's country is Vietnam, when a part uses letters only Vietnamese has,
 * or, for a person of no stated country, when the family name is one of the common Vietnamese
 * ones (files often drop the marks: "Tran"). "Linh Pham" in the United States, written without
 * marks, keeps the order the file gives.
 */
export function isVietnameseName(parts: { family: string; all: string }, country: string | undefined): boolean {
  if (country === 'VN') return true;
  if (VIETNAMESE_LETTERS.test(parts.all.normalize('NFC'))) return true;
  return !country && VIETNAMESE_FAMILIES.has(foldText(parts.family).trim());
}

/**
 * The name a row's name columns make. Parts joined in the file's order (given to family, as the
 * mapping keeps them: mapping.repeatedNames), except a Vietnamese name, which is family, middle,
 * given whatever order its columns have.
 */
export function joinName(names: Entry[], country: string | undefined): string {
  const of = (part: 'given' | 'middle' | 'family') =>
    names
      .filter((e) => namePart(e.column) === part)
      .map((e) => e.value)
      .join(' ');
  const family = of('family');
  const given = of('given');
  const whole = names.map((e) => e.value).join(' ');
  const vietnamese = family && given && names.every((e) => namePart(e.column));
  const name =
    vietnamese && isVietnameseName({ family, all: whole }, country)
      ? [family, of('middle'), given].filter(Boolean).join(' ')
      : whole;
  return name.replace(/\s+/g, ' ');
}
