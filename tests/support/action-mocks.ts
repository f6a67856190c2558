/**
 * The vi.mock factories shared by the integration tests that call server actions as a form post
 * would (the cross-tenant action matrix and the audit-completeness test). Each test file still
 * writes its own vi.mock calls, because Vitest hoists them per file, and hands over to these:
 *
 *   vi.mock('../../../lib/auth/current-user', async () => (await import('../../support/action-mocks')).currentUser());
 *
 * The session is the one thing replaced: the request's session id (currentSessionId) and
 * getCurrentUser answer for the caller chosen in actionState, still through the real session
 * check and a real AuthSession row. The rest are
 * observers that call the real function, or no-ops for Next's request-scoped helpers.
 */
type ImportOriginal = <T = unknown>() => Promise<T>;

export async function currentUser() {
  const { actionState: state } = await import('./security-action-state');
  const { validateSession } = await import('../../lib/auth/sessions');
  const { AppError } = await import('../../lib/errors/app-error');
  const { redirect } = await import('next/navigation');
  const getCurrentUser = async () => (state.actor ? validateSession(state.actor.sessionId) : null);
  return {
    currentSessionId: async () => state.actor?.sessionId ?? null,
    getCurrentUser,
    requireUser: async () => (await getCurrentUser()) ?? redirect('/sign-in'),
    requireUserForAction: async () => {
      const user = await getCurrentUser();
      if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again.');
      return user;
    },
  };
}

/** Cache revalidation is a no-op here: there is no request. */
export async function nextCache(importOriginal: ImportOriginal) {
  return {
    ...(await importOriginal<object>()),
    revalidatePath: () => undefined,
    revalidateTag: () => undefined,
    updateTag: () => undefined,
    refresh: () => undefined,
  };
}

/** headers() is an empty request's. */
export async function nextHeaders(importOriginal: ImportOriginal) {
  return { ...(await importOriginal<object>()), headers: async () => new Headers({ host: 'localhost' }), cookies: async () => new Map() };
}

/** Work deferred with after() is dropped. */
export async function nextServer(importOriginal: ImportOriginal) {
  return { ...(await importOriginal<object>()), after: () => undefined };
}

/** Notes which schemas an action parses and which array fields it declares. */
export async function tenantAction(importOriginal: ImportOriginal) {
  const actual = await importOriginal<typeof import('../../lib/actions/tenant-action')>();
  const { actionState } = await import('./security-action-state');
  return {
    ...actual,
    tenantFormAction: ((options, handler) => {
      const run = actual.tenantFormAction(options, handler);
      // Named parameters, not ...args: the matrix reads the action's arity (trustSlug, previous,
      // formData), and an action is now the tenantFormAction export itself, not a forwarder.
      return async (trustSlug: string, previous: Parameters<typeof run>[1], formData: FormData) => {
        actionState.schemas.push(options.schema);
        for (const name of options.arrays ?? []) actionState.arrays.add(name);
        return run(trustSlug, previous, formData);
      };
    }) as typeof actual.tenantFormAction,
  };
}

/** Notes which trust slug an action resolved. */
export async function requireTenant(importOriginal: ImportOriginal) {
  const actual = await importOriginal<typeof import('../../lib/tenancy/require-tenant')>();
  const { actionState } = await import('./security-action-state');
  return {
    ...actual,
    requireTenantForAction: async (slug: unknown) => {
      actionState.resolvedSlugs.push(slug);
      return actual.requireTenantForAction(slug);
    },
  };
}

/** Notes the code of every AppError raised. */
export async function appError(importOriginal: ImportOriginal) {
  const actual = await importOriginal<typeof import('../../lib/errors/app-error')>();
  const { actionState } = await import('./security-action-state');
  class RecordingAppError extends actual.AppError {
    constructor(...args: ConstructorParameters<typeof actual.AppError>) {
      super(...args);
      actionState.errorCodes.push(args[0]);
    }
  }
  return { ...actual, AppError: RecordingAppError };
}
