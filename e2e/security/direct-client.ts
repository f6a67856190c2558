import { request } from 'node:http';
import { APP_ORIGIN } from '../support/session';

/**
 * Signs in over raw HTTP from a loopback address of our choosing (127.0.0.9), which the e2e server
 * does not trust as a proxy: a client that connects straight to the app, as one could when the
 * app's own port is published. What it writes in X-Forwarded-For must make no difference.
 */
export const DIRECT_CLIENT_ADDRESS = '127.0.0.9';

function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, APP_ORIGIN);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: url.pathname, method, headers: { ...headers, host: url.host }, localAddress: DIRECT_CLIENT_ADDRESS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function postCredentialsDirectly(email: string, password: string, forwardedFor: string): Promise<{ signedIn: boolean }> {
  const csrf = await send('GET', '/api/auth/csrf', { 'x-forwarded-for': forwardedFor });
  const cookies = ([] as string[])
    .concat(csrf.headers['set-cookie'] ?? [])
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${APP_ORIGIN}/trusts`, json: 'true' }).toString();
  const answer = await send(
    'POST',
    '/api/auth/callback/credentials',
    {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(form)),
      cookie: cookies,
      origin: APP_ORIGIN,
      'x-forwarded-for': forwardedFor,
      'x-fairboard-socket-address': forwardedFor,
    },
    form,
  );
  const setCookies = ([] as string[]).concat(answer.headers['set-cookie'] ?? []);
  return { signedIn: setCookies.some((cookie) => cookie.startsWith('next-auth.session-token=') && !cookie.startsWith('next-auth.session-token=;')) };
}
