import { isAppError, type AppErrorCode } from './app-error';

/** The one table of what each AppError means over HTTP. */
const HTTP_STATUS: Readonly<Record<AppErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  INVALID_STATE: 409,
  UNAVAILABLE: 503,
};

/** Seconds a refused client is asked to wait: a burst that filled the pool is usually gone by then. */
export const RETRY_AFTER_SECONDS = 5;

export const SERVICE_BUSY_MESSAGE = 'The service is busy. Wait a few seconds and try again.';

export function isUnavailable(error: unknown): boolean {
  return isAppError(error) && HTTP_STATUS[error.code] === 503;
}

/** What a route handler answers when the database could not serve it in time. */
export function serviceBusyResponse(): Response {
  return new Response(SERVICE_BUSY_MESSAGE, {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}
