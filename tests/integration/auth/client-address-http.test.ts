import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientAddressFromHeaders, SOCKET_ADDRESS_HEADER } from '../../../lib/auth/client-address';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { addressKey, ADDRESS_FAILURES_PER_HOUR } from '../../../lib/auth/throttle';
import { getPrisma } from '../../../lib/db/client';
import { createAppServer } from '../../../scripts/lib/app-server';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

/**
 * Issue 14, finding 5: the per-address limit trusted X-Forwarded-For from anyone, so a client with
 * no proxy in front could write a new address into every request and never reach the limit. Here
 * over real sockets, through the server production runs (scripts/serve.ts → scripts/lib/app-server.ts),
 * with Next.js's request handler replaced by what next-auth's authorize() does with the request:
 * read the headers, work out the address, sign in.
 */
const PASSWORD = 'a long enough password';
let server: Server;
let origin: string;

async function post(email: string, password: string, headers: Record<string, string>): Promise<{ signedIn: boolean; address: string }> {
  const response = await fetch(`${origin}/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  return (await response.json()) as { signedIn: boolean; address: string };
}

beforeAll(async () => {
  server = createAppServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers(Object.entries(request.headers).map(([name, value]): [string, string] => [name, String(value)]));
    const address = clientAddressFromHeaders(headers);
    const signedIn = await signInWithPassword(JSON.parse(Buffer.concat(chunks).toString('utf8')), address);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ signedIn: signedIn !== null, address }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(resetDatabase);

describe('the address the sign-in limit counts', () => {
  it('with no trusted proxy (the default), is the socket’s: rotating forged X-Forwarded-For and socket headers still reaches the limit', async () => {
    delete process.env.TRUSTED_PROXIES;
    const user = await createTestUser({ email: 'innocent@example.nhs.uk', passwordHash: await hashPassword(PASSWORD) });
    const answers: string[] = [];
    for (let n = 1; n <= ADDRESS_FAILURES_PER_HOUR; n += 1) {
      const forged = { 'x-forwarded-for': `6.6.${n}.1, 203.0.113.${n}`, [SOCKET_ADDRESS_HEADER]: `198.51.100.${n}`, 'x-real-ip': `192.0.2.${n}` };
      answers.push((await post(`spray${n}@example.nhs.uk`, 'Winter2026!', forged)).address);
    }
    expect(new Set(answers)).toEqual(new Set(['127.0.0.1']));
    expect(await getPrisma().signInThrottle.findUnique({ where: { key: addressKey('127.0.0.1') } })).toMatchObject({
      failures: ADDRESS_FAILURES_PER_HOUR,
      lockedUntil: expect.any(Date),
    });
    expect(await post(user.email, PASSWORD, { 'x-forwarded-for': '192.0.2.200' }), 'the right password, under a fresh forged address').toEqual({
      signedIn: false,
      address: '127.0.0.1',
    });
    expect(await getPrisma().signInThrottle.count({ where: { key: { startsWith: 'address:' } } }), 'no forged address was ever counted').toBe(1);
  });

  it('with TRUSTED_PROXIES=1, is the right-most X-Forwarded-For entry, the one the proxy appended', async () => {
    process.env.TRUSTED_PROXIES = '1';
    try {
      expect(
        (await post('someone@example.nhs.uk', 'wrong', { 'x-forwarded-for': '6.6.6.6, 10.1.1.1, 203.0.113.9', [SOCKET_ADDRESS_HEADER]: '198.51.100.1' }))
          .address,
      ).toBe('203.0.113.9');
      expect((await post('someone@example.nhs.uk', 'wrong', {})).address, 'no header: the peer itself').toBe('127.0.0.1');
      expect(
        await getPrisma().signInThrottle.findMany({
          where: { key: { startsWith: 'address:' } },
          select: { key: true, failures: true },
          orderBy: { key: 'asc' },
        }),
      ).toEqual([
        { key: 'address:127.0.0.1', failures: 1 },
        { key: 'address:203.0.113.9', failures: 1 },
      ]);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });
});
