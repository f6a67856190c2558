/**
 * What the server-action matrix observes while an action runs. Imports nothing, so the vi.mock
 * factories in tests/integration/security/action-matrix.test.ts can reach it before any app code
 * loads. The session stays real: `actor.sessionId` is an AuthSession row checked by validateSession.
 */
export const actionState = {
  actor: null as null | { sessionId: string },
  /** Every zod schema tenantFormAction parsed with during the call, and its array fields. */
  schemas: [] as unknown[],
  arrays: new Set<string>(),
  /** Form field names the action read directly from FormData. */
  reads: new Set<string>(),
  /** The trust slug requireTenantForAction was asked to resolve, if it was. */
  resolvedSlugs: [] as unknown[],
  /** Codes of every AppError raised during the call, in order. */
  errorCodes: [] as string[],
  startCall(): void {
    this.schemas = [];
    this.arrays = new Set();
    this.reads = new Set();
    this.resolvedSlugs = [];
    this.errorCodes = [];
  },
};
