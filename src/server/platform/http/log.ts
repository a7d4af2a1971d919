import type { FastifyRequest } from 'fastify';

/** A URL as it may be logged: a calendar feed's address is its only credential, so its token is left out. */
export function urlForLog(url: string): string {
  return url.replace(/\/calendar\/[^/?#]+\.ics/, '/calendar/<token>.ics');
}

/** Fastify's request log fields, with the URL made safe to log. */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: urlForLog(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket.remotePort,
  };
}
