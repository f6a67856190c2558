/** How long a session may go without a request before the server ends it (lib/auth/sessions.ts). */
export const SESSION_IDLE_MS = 30 * 60_000;

// Writing lastSeenAt on every request would make each page view a write; once a minute is enough
// to enforce a 30-minute idle limit.
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/**
 * The browser's own view of the idle limit (components/layout/idle-warning.tsx). The server may
 * have last recorded activity up to a touch interval before the browser's last request, so the
 * browser ends the session that much early and is never behind the server.
 */
export const BROWSER_IDLE_LIMIT_MS = SESSION_IDLE_MS - SESSION_TOUCH_INTERVAL_MS;

/** The warning comes this long before the browser's limit: time to read it and respond. */
export const IDLE_WARNING_LEAD_MS = 5 * 60_000;

/** What a form hears when its session has ended; the error summary adds a way to sign in again. */
export const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again.';
