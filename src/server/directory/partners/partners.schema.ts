import { z } from 'zod';
import { dayField } from '../../platform/http/index.js';
import { CHANNELS } from './contacts.js';
import { tagSchema } from '../tags/index.js';

import { KINDS, PARTNER_TYPES, SORTS } from '../../../shared/values/partners.js';

export { KINDS, PARTNER_TYPES, SORTS };

const longText = z.string().max(5000);
export const profileSchema = z
  .object({
    business: longText,
    customersServed: longText,
    differentiators: longText,
    businessSituation: longText,
    network: longText,
    howWeMet: longText,
    notes: z.string().max(20000),
  })
  .partial()
  .strict();

export const countryField = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166 country code')
  .transform((v) => v.toUpperCase());

const contactInput = z
  .object({ channel: z.enum(CHANNELS), label: z.string().max(100).default(''), value: z.string().max(2000) })
  .strict();
const deciderInput = z
  .object({ personName: z.string().trim().min(1).max(200), product: z.string().trim().min(1).max(200) })
  .strict();
const affiliationInput = z.object({ partnerId: z.uuid(), title: z.string().max(200).default('') }).strict();

const editable = {
  type: z.enum(PARTNER_TYPES),
  name: z.string().trim().min(1).max(300),
  kinds: z.array(z.enum(KINDS)).max(KINDS.length),
  country: countryField.nullable(),
  ownerId: z.uuid().nullable(),
  profile: profileSchema,
  purchaseDeciders: z.array(deciderInput).max(100),
  contacts: z.array(contactInput).max(100),
  tagIds: z.array(z.uuid()).max(100),
  affiliations: z.array(affiliationInput).max(500),
};

export const createPartnerBody = z
  .object({
    ...editable,
    kinds: editable.kinds.default([]),
    country: editable.country.optional(),
    ownerId: editable.ownerId.optional(),
    profile: editable.profile.optional(),
    purchaseDeciders: editable.purchaseDeciders.optional(),
    contacts: editable.contacts.optional(),
    tagIds: editable.tagIds.optional(),
    affiliations: editable.affiliations.optional(),
    ignoreDuplicates: z.boolean().optional(),
  })
  .strict();

export const updatePartnerBody = z
  .object(editable)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict();

export type CreatePartnerInput = z.infer<typeof createPartnerBody>;
export type UpdatePartnerInput = z.infer<typeof updatePartnerBody>;

const person = z.object({ id: z.string(), name: z.string() }).nullable();
export const partnerSchema = z.object({
  id: z.string(),
  type: z.enum(PARTNER_TYPES),
  name: z.string(),
  kinds: z.array(z.string()),
  country: z.string().nullable(),
  owner: person,
  profile: z.object({
    business: z.string(),
    customersServed: z.string(),
    differentiators: z.string(),
    businessSituation: z.string(),
    network: z.string(),
    howWeMet: z.string(),
    notes: z.string(),
  }),
  purchaseDeciders: z.array(z.object({ personName: z.string(), product: z.string() })),
  contacts: z.array(z.object({ id: z.string(), channel: z.enum(CHANNELS), label: z.string(), value: z.string() })),
  tags: z.array(tagSchema),
  affiliations: z.array(
    z.object({ partnerId: z.string(), partnerName: z.string(), partnerType: z.enum(PARTNER_TYPES), title: z.string() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: person,
  updatedBy: person,
  deletedAt: z.string().nullable(),
  version: z.number(),
});
export type PartnerView = z.infer<typeof partnerSchema>;

export const partnerSummarySchema = z.object({
  id: z.string(),
  type: z.enum(PARTNER_TYPES),
  name: z.string(),
  kinds: z.array(z.string()),
  country: z.string().nullable(),
  owner: person,
  tags: z.array(tagSchema),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  version: z.number(),
});

export const duplicateSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PARTNER_TYPES),
  matchedOn: z.array(z.enum(['email', 'phone', 'website', 'name'])),
});

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50));

// A real calendar day: 2026-02-30 is a 400 naming the parameter, never a database error mid-export.
const day = dayField;

/** Filters of the partner list; also what exports and saved views carry. Unknown ones are a 400. */
export const partnerFilters = z.object({
  q: z.string().trim().max(200).optional(),
  type: z.enum(PARTNER_TYPES).optional(),
  kind: csv(z.enum(KINDS)).optional(),
  tag: csv(z.uuid()).optional(),
  owner: z.uuid().optional(),
  country: countryField.optional(),
  createdFrom: day.optional(),
  createdTo: day.optional(),
  updatedFrom: day.optional(),
  updatedTo: day.optional(),
  deleted: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const partnerListQuery = partnerFilters
  .extend({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional(),
    sort: z.enum(SORTS).optional(),
  })
  .strict();

export type PartnerFilters = z.infer<typeof partnerFilters>;
export type PartnerListQuery = z.infer<typeof partnerListQuery>;

/** A partner named in another resource. */
export const partnerRef = z.object({ id: z.string(), name: z.string(), type: z.enum(PARTNER_TYPES) });
