import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/harness.js';

let ctx: TestContext;
let port: number;
beforeAll(async () => {
  // A short timeout so the stalled-body case ends within the test; production's default is 60 s.
  ctx = await createTestApp({ REQUEST_TIMEOUT_SECONDS: '1' });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  const address = ctx.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => ctx.close());

/** Writes raw bytes to the listening app and collects everything it answers until it closes. */
function exchange(chunks: string[]): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
    for (const chunk of chunks) socket.write(chunk);
  });
}

describe('errors met before a route: still problem+json', () => {
  it('answers headers past the limit with 431 headers_too_large', async () => {
    const answer = await exchange([`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
    expect(answer.status).toBe(431);
    expect(answer.headers).toContain('content-type: application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'headers_too_large' });
  });

  it('answers an address longer than 8 KiB with 414 uri_too_long', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/health?q=${'a'.repeat(9000)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'uri_too_long' });
  });

  it('answers a wrong content type with a 415 problem document', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('cuts off a body that stalls: 408 request_timeout, and the connection is closed', async () => {
    const started = Date.now();
    const answer = await exchange([
      'POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    ]);
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'request_timeout' });
    // Closed by the server (the promise resolves on close), well before the 10 s test timeout.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('answers bytes that are not HTTP with a 400 problem document', async () => {
    const answer = await exchange(['NOT HTTP AT ALL\r\n\r\n']);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'validation' });
  });
});
