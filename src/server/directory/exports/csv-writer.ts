import type { VcardPartner } from './vcard-writer.js';

type Channel = VcardPartner['contacts'][number]['channel'];

/** How many numbered columns of each list the file has. */
export type CsvWidths = { contacts: Partial<Record<Channel, number>>; tags: number; organizations: number };

/** Each channel's column word, in the file's order. */
const CHANNELS: [Channel, string][] = [
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['website', 'Website'],
  ['address', 'Address'],
  ['messenger', 'Messenger'],
];

const numbered = (n: number) => Array.from({ length: Math.max(1, n) }, (_, i) => i + 1);

/**
 * The header. Every list is numbered columns with one value a cell (`Email 1`, `Email 1 Label`,
 * `Tag 1`, `Organization 1`, `Title 1`…), as Google's and Outlook's exports do: a spreadsheet
 * shows each value on its own, a tag or a title may hold `,` and `;`, and the importer reads a
 * numbered column as one value and pairs `Title N` with `Organization N`, so the file re-imports
 * as it was. The words are English like other exports' headers, so any user's import reads them.
 */
export function csvColumns(widths: CsvWidths): string[] {
  return [
    'Name',
    'Type',
    'Kinds',
    ...CHANNELS.flatMap(([channel, word]) =>
      numbered(widths.contacts[channel] ?? 0).flatMap((i) => [`${word} ${i}`, `${word} ${i} Label`]),
    ),
    'Country',
    ...numbered(widths.tags).map((i) => `Tag ${i}`),
    ...numbered(widths.organizations).flatMap((i) => [`Organization ${i}`, `Title ${i}`]),
    'Business',
    'Notes',
  ];
}

/**
 * A cell a spreadsheet would run as a formula (=, @, or + and - not followed by a number) gets a
 * leading apostrophe; the importer takes it off again, so the round trip is exact.
 */
export function guardCell(value: string): string {
  if (/^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !/^[+-][\d\s().\-/]*$/.test(value))) return `'${value}`;
  return value;
}

/** One partner's row under csvColumns(widths). */
export function csvRecord(p: VcardPartner, widths: CsvWidths): string[] {
  const cells = [p.name, p.type, p.kinds.join('; ')];
  for (const [channel] of CHANNELS) {
    const own = p.contacts.filter((c) => c.channel === channel);
    for (const i of numbered(widths.contacts[channel] ?? 0))
      cells.push(own[i - 1]?.value ?? '', own[i - 1]?.label ?? '');
  }
  cells.push(p.country ?? '');
  for (const i of numbered(widths.tags)) cells.push(p.tags[i - 1] ?? '');
  for (const i of numbered(widths.organizations))
    cells.push(p.organizations[i - 1]?.name ?? '', p.organizations[i - 1]?.title ?? '');
  cells.push(p.business, p.notes);
  return cells.map(guardCell);
}
