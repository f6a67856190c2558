import { NextResponse, type NextRequest } from 'next/server';
import { FOREIGN_ORIGIN_MESSAGE, isSameOriginWrite } from './lib/auth/same-origin';

/**
 * Refuses a state-changing request that did not come from one of our pages (server actions and
 * route handlers alike), then sets a per-request nonce and a strict content security policy.
 * Next.js reads the nonce from the request's policy and puts it on its own scripts; the root layout
 * puts it on ours. This is not an authorisation boundary: pages, actions and route handlers check
 * membership themselves.
 */
export function proxy(request: NextRequest) {
  if (!isSameOriginWrite(request.method, request.headers)) {
    return new NextResponse(FOREIGN_ORIGIN_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const nonce = btoa(crypto.randomUUID());
  const development = process.env.NODE_ENV !== 'production';
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Charts and some design-system components set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // The address, for the 403 page (app/t/[trustSlug]/forbidden.tsx), which Next.js gives no props.
  requestHeaders.set('x-fairboard-path', request.nextUrl.pathname);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|css/).*)' }],
};
