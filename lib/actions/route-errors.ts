import { isAppError } from '../errors/app-error';
import { isUnavailable, serviceBusyResponse } from '../errors/http-status';
import { logError } from '../logging/logger';
import { signInPath } from '../routes/paths';

/**
 * What a file-download route handler answers when it cannot serve the file: a signed-out visitor
 * is sent to sign in and brought back; anyone not allowed, another trust's id and a missing file
 * all get the same 404, so nothing confirms that a record exists; a busy database a 503 with
 * Retry-After; anything else is logged.
 */
export function downloadErrorResponse(request: Request, error: unknown, logMessage: string, context: Parameters<typeof logError>[2] = {}): Response {
  if (isAppError(error) && error.code === 'UNAUTHENTICATED') {
    // The query too, so a download of one year (?year=2026) is that year's again after sign-in.
    const { pathname, search } = new URL(request.url);
    return new Response(null, { status: 303, headers: { Location: signInPath({ callbackUrl: pathname + search }) } });
  }
  if (isUnavailable(error)) return serviceBusyResponse();
  if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
    return new Response('Page not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  logError(logMessage, error, context);
  return new Response('Something went wrong. Try again.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
