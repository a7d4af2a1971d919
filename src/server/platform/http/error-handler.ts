import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../core/index.js';

type ZodValidation = { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> };

/** Turns anything thrown into an application/problem+json answer; only unknown errors are 500s. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (appError.code === 'internal') {
    request.log.error({ err: error }, 'unhandled error');
  }
  if (appError.headers) void reply.headers(appError.headers);
  return reply
    .status(appError.status)
    .type('application/problem+json')
    .send(appError.toProblem(appError.code === 'internal' ? request.id : undefined));
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = (error.validation as ZodValidation[]).flatMap(toFieldErrors);
    return new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than the server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type', 'Send the request body as application/json');
    // The router could not read the path: a segment that is not UTF-8, or a parameter past its length.
    case 'FST_ERR_BAD_URL':
      return new AppError('validation', 'The request path is not valid UTF-8', {
        errors: [{ path: 'path', rule: 'invalid_characters', message: 'is not valid UTF-8' }],
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('validation', 'A path parameter is too long', {
        errors: [{ path: 'path', rule: 'too_long', message: 'is too long' }],
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('invalid_json', 'The request body is not valid JSON');
    default:
      // Other Fastify errors are classified by their status below.
      break;
  }
  if (
    error instanceof SyntaxError ||
    (fastifyError.statusCode === 400 && fastifyError.code?.startsWith('FST_ERR_CTP'))
  ) {
    return new AppError('invalid_json', 'The request body is not valid JSON');
  }
  if (fastifyError.statusCode === 404) return new AppError('not_found');
  return new AppError('internal', 'Something went wrong on our side; the request id identifies it in the server log');
}

function toFieldErrors(issue: ZodValidation): FieldError[] {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const message = issue.message ?? 'is invalid';
  const params = issue.params;
  switch (issue.keyword) {
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? (params.keys as string[]) : [];
      return keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        rule: 'unknown_field',
        message: 'is not a known field',
      }));
    }
    case 'too_small': {
      const minimum = Number(params.minimum);
      if (params.origin === 'string' && minimum === 1) return [{ path, rule: 'required', message }];
      return [{ path, rule: params.origin === 'string' ? 'too_short' : 'too_small', message, params: { minimum } }];
    }
    case 'too_big':
      return [
        {
          path,
          rule: params.origin === 'string' ? 'too_long' : 'too_big',
          message,
          params: { maximum: Number(params.maximum) },
        },
      ];
    case 'invalid_format':
      return [{ path, rule: params.format === 'email' ? 'invalid_email' : 'invalid_format', message }];
    case 'invalid_value':
      return [
        {
          path,
          rule: 'invalid_value',
          message,
          ...(Array.isArray(params.values) ? { params: { values: params.values } } : {}),
        },
      ];
    case 'invalid_type':
      return [{ path, rule: /received undefined/.test(message) ? 'required' : 'invalid_type', message }];
    default:
      return [{ path, rule: issue.keyword, message }];
  }
}
