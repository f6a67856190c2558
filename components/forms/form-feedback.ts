import type { ActionResult } from '@/lib/actions/action-result';

/** Reads an action's answer for one form: field errors, and the values to put back after an error. */
export function formFeedback<T>(state: ActionResult<T>, initial: Record<string, string | string[] | undefined> = {}) {
  const values = state.status === 'error' ? state.values : initial;
  return {
    error(name: string): string | undefined {
      return state.status === 'error' ? state.fieldErrors[name]?.[0] : undefined;
    },
    value(name: string): string {
      const value = values[name];
      return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
    },
    values(name: string): string[] {
      const value = values[name];
      return Array.isArray(value) ? value : value ? [value] : [];
    },
  };
}
