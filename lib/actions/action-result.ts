import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/** What every server action returns to its form. */
export type ActionResult<T = undefined> =
  | { status: 'idle' }
  | { status: 'success'; message?: string; data?: T }
  | { status: 'error'; message: string; fieldErrors: FieldErrors; values: Record<string, string | string[]> };

export const IDLE: ActionResult = { status: 'idle' };

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
