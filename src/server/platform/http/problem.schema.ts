import { z } from 'zod';
import type { AppError } from '../core/index.js';

type ErrorCode = AppError['code'];

/** Every stable error code, as the OpenAPI document lists them; the check below keeps it equal to ErrorCode. */
export const ERROR_CODES = [
  'validation',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'uri_too_long',
  'headers_too_large',
  'request_timeout',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf',
  'not_found',
  'conflict',
  'duplicate',
  'checklist_incomplete',
  'stale_version',
  'rate_limited',
  'setup_done',
  'last_owner',
  'invitation_invalid',
  'reset_token_invalid',
  'invalid_token',
  'internal',
] as const satisfies readonly ErrorCode[];

// A code added to ErrorCode but not here fails to compile, so the document never misses one.
const everyCodeListed: [Exclude<ErrorCode, (typeof ERROR_CODES)[number]>] extends [never] ? true : false = true;
void everyCodeListed;

/** The RFC 9457 problem document every error answer carries (AppError.toProblem renders it). */
export const problemSchema = z
  .looseObject({
    type: z.string().describe('A URI naming the problem: https://rapport.dev/problems/{code}'),
    title: z.string().describe('A short English summary of the problem type'),
    status: z.number().int().min(400).max(599).describe('The HTTP status code'),
    code: z.enum(ERROR_CODES).describe('The stable, documented code clients act on'),
    detail: z.string().describe('What went wrong in this case, in English'),
    errors: z
      .array(
        z.object({
          path: z.string().describe('The field, dotted: contacts.2.value'),
          rule: z.string().describe('The broken rule the app translates: required, too_short, invalid_email, …'),
          message: z.string(),
          params: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .optional()
      .describe('validation: every invalid field at once'),
    requestId: z.string().optional().describe('internal: the id under which the server logged the error'),
    current: z.unknown().optional().describe('stale_version: the resource as it is now'),
  })
  // The id makes it the document's #/components/schemas/Problem, which every error response refers to.
  .meta({
    id: 'Problem',
    description: 'An error (application/problem+json, RFC 9457); code-specific members may follow',
  });
