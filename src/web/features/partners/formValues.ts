import type { PartnerInput, PartnerType, Profile } from './partners.types.js';

const EMPTY_PROFILE: Profile = {
  business: '',
  customersServed: '',
  differentiators: '',
  businessSituation: '',
  network: '',
  howWeMet: '',
  notes: '',
};

/** A blank form for a new partner, with one empty email row to start with. */
export function emptyInput(type: PartnerType, ownerId: string | null): PartnerInput {
  return {
    type,
    name: '',
    kinds: [],
    country: null,
    ownerId,
    profile: { ...EMPTY_PROFILE },
    purchaseDeciders: [],
    contacts: [{ channel: 'email', label: '', value: '' }],
    tagIds: [],
    affiliations: [],
  };
}

const blank = (...values: string[]) => values.every((v) => v.trim() === '');

/** Keeps the indexes of rows that are kept, so server paths can point back at form rows. */
function keep<T>(rows: T[], isBlank: (row: T) => boolean): { rows: T[]; index: number[] } {
  const index: number[] = [];
  rows.forEach((row, i) => {
    if (!isBlank(row)) index.push(i);
  });
  return { rows: index.map((i) => rows[i] as T), index };
}

export interface Compacted {
  body: PartnerInput;
  /** Turns a server error path such as `contacts.1.value` into the form's path. */
  formPath: (path: string) => string;
}

/** The request body without rows the user left empty, and a way back to form rows. */
export function compactInput(input: PartnerInput): Compacted {
  const contacts = keep(input.contacts, (c) => blank(c.value, c.label));
  const deciders = keep(input.purchaseDeciders, (d) => blank(d.personName, d.product));
  const affiliations = keep(input.affiliations, (a) => a.partnerId === '');
  const maps: Record<string, number[]> = {
    contacts: contacts.index,
    purchaseDeciders: deciders.index,
    affiliations: affiliations.index,
  };
  return {
    body: { ...input, contacts: contacts.rows, purchaseDeciders: deciders.rows, affiliations: affiliations.rows },
    formPath: (path) => {
      const match = /^(contacts|purchaseDeciders|affiliations)\.(\d+)(.*)$/.exec(path);
      if (!match) return path;
      const original = maps[match[1] as string]?.[Number(match[2])];
      return original === undefined ? path : `${match[1]}.${original}${match[3]}`;
    },
  };
}
