import { z } from 'zod';
import { COLOR_SCHEMES } from '../../../shared/values/appearance.js';
import { ROLES } from '../../../shared/values/roles.js';

// Field rules shared by several endpoints; the web app mirrors the limits in its forms.
export const emailField = z.email().max(254);
export const passwordField = z.string().min(10).max(200);
export const nameField = z.string().trim().min(1).max(200);
export const roleField = z.enum(ROLES);
export const localeField = z.enum(['en', 'vi', 'ru', 'fa']);
export const colorSchemeField = z.enum(COLOR_SCHEMES);
export const timeZoneField = z.string().max(64).refine(isTimeZone, 'is not a known IANA time zone');
export const idParam = z.uuid();

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: localeField,
  timeZone: z.string(),
  /** Follow the system's light or dark setting (`system`), or always `light` or `dark`. */
  colorScheme: colorSchemeField,
});

export const workspaceSummarySchema = z.object({ id: z.string(), name: z.string(), role: roleField });

export const sessionSchema = z.object({
  user: userSchema,
  workspaces: z.array(workspaceSummarySchema),
  currentWorkspaceId: z.string().nullable(),
  csrfToken: z.string(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  errors: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        rule: z.string(),
        params: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
  requestId: z.string().optional(),
});

export const workspaceParams = z.object({ workspaceId: idParam });

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A calendar day, YYYY-MM-DD. */
export const dayField = z.iso.date();
/** A yes/no query parameter. */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
/** A member or a person named in a resource: enough to show and link them. */
export const personRef = z.object({ id: z.string(), name: z.string() });
