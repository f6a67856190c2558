import { siteOrigin } from './site-url';

type HeaderReader = Pick<Headers, 'get'>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that may change something came from one of our own pages. Browsers put an
 * Origin header on every POST, PUT, PATCH and DELETE, so a missing one means a hand-made request or
 * a very old browser, and a foreign one means another site's page sent it with our cookies (CSRF).
 * Next.js checks the Origin of server actions but lets a request without one through; route
 * handlers get no check at all. The Origin's scheme, host and port must be the configured site
 * address's (NEXTAUTH_URL), never a request header's: X-Forwarded-Host is whatever the client or
 * an unguarded proxy says. Only with no site address configured is the Host header compared.
 */
export function isSameOriginWrite(method: string, headers: HeaderReader, site: string | null = siteOrigin()): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (site) return parsed.origin === site;
  const host = headers.get('host');
  return Boolean(host) && parsed.host === host;
}

export const FOREIGN_ORIGIN_MESSAGE = 'This request did not come from a Fairboard page, so nothing was changed. Go back to Fairboard and try again.';
