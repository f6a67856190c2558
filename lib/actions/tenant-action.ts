import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { requireTenantForAction } from '../tenancy/require-tenant';
import { assertCan, type Permission } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { isAppError } from '../errors/app-error';
import { asFormData, fieldsWithNullCharacters, formDataToObject, submittedValues } from '../forms/form-data';
import { logError } from '../logging/logger';
import { toFieldErrors, type ActionResult } from './action-result';

// biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing (void) is the common case
type HandlerResult<T> = { message?: string; data?: T } | void;

export type TenantFormAction<T> = (trustSlug: string, previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;

const PROBLEM = 'There is a problem';

/**
 * Wraps a use-case as a form action: resolves the trust from the URL slug and the user's
 * membership, checks the permission, validates with zod and translates expected errors. Every
 * error answer carries the submitted values back, so nothing typed is lost.
 */
export function tenantFormAction<S extends z.ZodType, T = undefined>(
  options: Readonly<{ schema: S; permission?: Permission; arrays?: readonly string[]; files?: readonly string[] }>,
  handler: (ctx: TenantContext, input: z.output<S>) => Promise<HandlerResult<T>>,
): TenantFormAction<T> {
  return async (trustSlug, _previous, sent) => {
    const formData = asFormData(sent);
    const values = submittedValues(formData);
    const fail = (message: string, fieldErrors: Record<string, string[]> = {}): ActionResult<T> => ({ status: 'error', message, fieldErrors, values });
    try {
      const ctx = await requireTenantForAction(trustSlug);
      if (options.permission) assertCan(ctx, options.permission);
      const unstorable = fieldsWithNullCharacters(values);
      if (Object.keys(unstorable).length > 0) return fail(PROBLEM, unstorable);
      const parsed = options.schema.safeParse(formDataToObject(formData, options.arrays, options.files));
      if (!parsed.success) return fail(PROBLEM, toFieldErrors(parsed.error));
      const result = await handler(ctx, parsed.data);
      return { status: 'success', message: result?.message, data: result?.data };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return fail(error.message, error.fieldErrors ?? {});
      logError('action failed', error);
      return fail('Something went wrong and your change was not saved. Try again; what you typed is still here.');
    }
  };
}
