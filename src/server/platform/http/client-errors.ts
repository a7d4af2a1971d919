import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/index.js';

type ErrorCode = AppError['code'];

/** Longer request addresses are refused before routing; the longest real one (a search) is far shorter. */
export const MAX_URL_BYTES = 8 * 1024;

/** Node's parser errors that a client caused, by the code Node gives them. */
const PARSER_ERRORS: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'headers_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
};

/**
 * Errors Node meets before Fastify has a request (headers too large, a body that stalls past the
 * request timeout, bytes that are not HTTP): answered as problem+json like every other error, then
 * the connection is closed, because the parser's state is unknown.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (!socket.writable) return;
  const code = PARSER_ERRORS[error.code ?? ''];
  const appError = code ? new AppError(code) : new AppError('validation', 'The request is not valid HTTP/1.1');
  const body = JSON.stringify(appError.toProblem());
  socket.end(
    `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status] ?? ''}\r\n` +
      `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}

/** onRequest: an address longer than MAX_URL_BYTES is a 414, decided before any handler reads it. */
export async function refuseLongUrl(request: FastifyRequest) {
  if (Buffer.byteLength(request.raw.url ?? '') > MAX_URL_BYTES) {
    throw new AppError('uri_too_long', `The request address is longer than ${MAX_URL_BYTES} bytes`);
  }
}
