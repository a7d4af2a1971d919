/** Every error the API answers with has one of these stable codes (documented in API.md). */
export type ErrorCode =
  | 'validation'
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'headers_too_large'
  | 'request_timeout'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'duplicate'
  | 'checklist_incomplete'
  | 'stale_version'
  | 'rate_limited'
  | 'setup_done'
  | 'last_owner'
  | 'invitation_invalid'
  | 'reset_token_invalid'
  | 'invalid_token'
  | 'internal';

export type FieldError = {
  path: string;
  message: string;
  /** Machine-readable rule the app translates: required, too_short, too_long, invalid_email, ... */
  rule: string;
  params?: Record<string, unknown>;
};

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  checklist_incomplete: 409,
  setup_done: 409,
  stale_version: 412,
  rate_limited: 429,
  last_owner: 422,
  invitation_invalid: 404,
  reset_token_invalid: 400,
  invalid_token: 400,
  internal: 500,
};

const TITLE: Record<ErrorCode, string> = {
  validation: 'Invalid input',
  invalid_json: 'Malformed JSON',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Request body too large',
  uri_too_long: 'Request address too long',
  headers_too_large: 'Request headers too large',
  request_timeout: 'Request not received in time',
  unauthenticated: 'Not signed in',
  invalid_credentials: 'Wrong email or password',
  forbidden: 'Not allowed',
  csrf: 'Missing or wrong CSRF token',
  not_found: 'Not found',
  conflict: 'Conflict',
  duplicate: 'Already exists',
  checklist_incomplete: 'Checklist items are still open',
  setup_done: 'Setup already done',
  stale_version: 'Changed by someone else',
  rate_limited: 'Too many requests',
  last_owner: 'A workspace needs an owner',
  invitation_invalid: 'Invitation not valid',
  reset_token_invalid: 'Reset link not valid',
  invalid_token: 'Link not valid',
  internal: 'Internal error',
};

/** The one error type of the server. Routes and services throw it; the error handler renders it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  /** Extra members of the problem document, e.g. the current resource on a 412. */
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLE[code]);
    this.code = code;
    this.status = STATUS[code];
    this.errors = options.errors;
    this.extra = options.extra;
    this.headers = options.headers;
  }

  toProblem(requestId?: string): Record<string, unknown> {
    return {
      type: `https://rapport.dev/problems/${this.code}`,
      title: TITLE[this.code],
      status: this.status,
      code: this.code,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      ...(requestId ? { requestId } : {}),
      ...this.extra,
    };
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (detail = 'Your role does not allow this') => new AppError('forbidden', detail);

/** A single-field validation error raised by a service rule rather than by a schema. */
export function fieldError(path: string, rule: string, message: string, params?: Record<string, unknown>): AppError {
  return new AppError('validation', message, { errors: [{ path, rule, message, ...(params ? { params } : {}) }] });
}
