import type { AddressInfo } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadErrorResponse } from '../../../lib/actions/route-errors';
import { closePrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';
import { isAppError } from '../../../lib/errors/app-error';
import { createAppServer } from '../../../scripts/lib/app-server';

/**
 * Overload is refused, not failed: with the pool's only connection held by a long transaction, a
 * request waits DATABASE_POOL_WAIT_MS for one and is answered 503 with Retry-After, through the
 * server production runs (scripts/lib/app-server.ts). Next.js's handler is replaced by what each
 * kind of answer does with the error: a route handler's download answer, a page's error page (a
 * 500), a server action's form with its message (a 200), and a redirect.
 */
const WAIT_MS = 300;
const saved = { size: process.env.DATABASE_POOL_SIZE, wait: process.env.DATABASE_POOL_WAIT_MS };
let server: Server;
let origin: string;
let releaseHeld: () => void = () => undefined;
let held: Promise<unknown> = Promise.resolve();

async function answer(response: ServerResponse, reply: Response): Promise<void> {
  response.writeHead(reply.status, Object.fromEntries(reply.headers));
  response.end(await reply.text());
}

beforeAll(async () => {
  await closePrisma();
  process.env.DATABASE_POOL_SIZE = '1';
  process.env.DATABASE_POOL_WAIT_MS = String(WAIT_MS);
  server = createAppServer(async (request, response) => {
    const kind = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
    try {
      await withSystem('overload-probe', async (tx) => tx.$queryRaw`SELECT 1`);
      response.end('served');
    } catch (error) {
      if (kind === 'route') return answer(response, downloadErrorResponse(new Request(`${origin}/route`), error, 'probe'));
      if (kind === 'page') {
        response.statusCode = 500;
        return void response.end('<h1>Sorry, there is a problem with the service</h1>');
      }
      if (kind === 'action') return void response.end(`<p>${isAppError(error) ? error.message : 'failed'}</p><input value="what was typed">`);
      response.writeHead(303, { Location: '/elsewhere' });
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let started: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => (started = resolve));
  held = withSystem('hold-the-only-connection', async () => {
    started();
    await new Promise<void>((resolve) => (releaseHeld = resolve));
  });
  await holding;
});

afterAll(async () => {
  releaseHeld();
  await held;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await closePrisma();
  for (const [name, value] of [
    ['DATABASE_POOL_SIZE', saved.size],
    ['DATABASE_POOL_WAIT_MS', saved.wait],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('a request the pool cannot serve in time', () => {
  it('from a route handler, is a 503 with Retry-After after the configured wait, not a 500 after five seconds', async () => {
    const started = Date.now();
    const response = await fetch(`${origin}/route`);
    const waited = Date.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toBe('The service is busy. Wait a few seconds and try again.');
    expect(waited).toBeGreaterThanOrEqual(WAIT_MS - 50);
    expect(waited).toBeLessThan(WAIT_MS + 2_000);
  });

  it('from a page whose render failed, is a 503 with Retry-After instead of the 500', async () => {
    const response = await fetch(`${origin}/page`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toContain('problem with the service');
  });

  it('from a server action, is a 503 with Retry-After that still carries the form and its message', async () => {
    const response = await fetch(`${origin}/action`, { method: 'POST' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toBe('<p>The service is busy. Wait a few seconds and try again.</p><input value="what was typed">');
  });

  it('leaves a redirect alone', async () => {
    const response = await fetch(`${origin}/redirect`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('is served normally once the connection is free again', async () => {
    releaseHeld();
    await held;
    const response = await fetch(`${origin}/page`);
    expect(response.status).toBe(200);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.text()).toBe('served');
  });
});
