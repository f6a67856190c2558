type HeaderReader = Pick<Headers, 'get'>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that may change something came from one of our own pages. Browsers put an
 * Origin header on every POST, PUT, PATCH and DELETE, so a missing one means a hand-made request or
 * a very old browser, and a foreign one means another site's page sent it with our cookies (CSRF).
 * Next.js checks the Origin of server actions but lets a request without one through; route
 * handlers get no check at all. The host compared is the one Next.js compares: X-Forwarded-Host
 * when a proxy set it, otherwise Host.
 */
export function isSameOriginWrite(method: string, headers: HeaderReader): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwardedHost || headers.get('host');
  return Boolean(host) && originHost === host;
}

export const FOREIGN_ORIGIN_MESSAGE = 'This request did not come from a Fairboard page, so nothing was changed. Go back to Fairboard and try again.';
