import type { ActionResult } from '@/lib/actions/action-result';
import type { ObjectiveFieldsDto } from '@/lib/objectives/objective-dto';

/** A stale edit: what someone else saved, and what this user tried to save. */
export type ObjectiveConflictDto = Readonly<{ saved: ObjectiveFieldsDto; savedVersion: number; attempted: ObjectiveFieldsDto }>;

type ErrorResult = Extract<ActionResult, { status: 'error' }>;

/**
 * What the objective form gets back: the usual result, or an error that may carry a conflict, the
 * version the form must send next (after a conflict, or when part of a save went through), and a
 * sentence to put above the error summary's links.
 */
export type ObjectiveFormState = ActionResult | (ErrorResult & { conflict?: ObjectiveConflictDto; version?: number; intro?: string });

export type ObjectiveFormAction = (previous: ObjectiveFormState, formData: FormData) => Promise<ObjectiveFormState>;

/** A form's values as submitted or pre-filled: text fields as strings, checkbox groups as arrays. */
export type FormValues = Readonly<Record<string, string | string[]>>;
