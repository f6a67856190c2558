import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request learned on its way through the app, for the server in front of Next.js
 * (scripts/lib/app-server.ts). Today only whether the database refused it for lack of a free
 * connection: Next.js answers such a page with its error page and a 500, and the server turns that
 * into a 503 with Retry-After. The storage lives on globalThis because the server and Next's
 * bundle each load their own copy of this module.
 */
type RequestScope = { overloaded: boolean };

const KEY = Symbol.for('fairboard.requestScope');
const globals = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestScope> | undefined>;

function storage(): AsyncLocalStorage<RequestScope> {
  globals[KEY] ??= new AsyncLocalStorage<RequestScope>();
  return globals[KEY];
}

export function runInRequestScope<T>(fn: (scope: RequestScope) => T): T {
  const scope: RequestScope = { overloaded: false };
  return storage().run(scope, () => fn(scope));
}

/** Called where the pool refuses a request; outside a request (CLIs, tests) it does nothing. */
export function markRequestOverloaded(): void {
  const scope = storage().getStore();
  if (scope) scope.overloaded = true;
}
