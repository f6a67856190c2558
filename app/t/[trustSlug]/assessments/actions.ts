'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { tenantFormAction, type TenantFormAction } from '@/lib/actions/tenant-action';
import { asFormData, submittedValues } from '@/lib/forms/form-data';
import { isAnswerConflict } from '@/lib/assessments/answer-dto';
import { saveAnswer } from '@/lib/assessments/answer-mutations';
import { recordImportedAssessment } from '@/lib/assessments/import-assessment';
import { approveAssessment, reopenAssessment, startAssessment, submitAssessment } from '@/lib/assessments/mutations';
import {
  approveAssessmentSchema,
  recordImportedAssessmentSchema,
  reopenAssessmentSchema,
  saveAnswerSchema,
  startAssessmentSchema,
  submitAssessmentSchema,
} from '@/lib/assessments/schemas';
import { assessmentPath, assessmentResultsPath, assessmentsPath } from '@/lib/routes/paths';
import { nextStepAfterSaving, parseReturnTo } from '@/components/assessments/assessment-steps';
import type { AnswerConflictDto, AnswerFormState } from '@/components/assessments/answer-form-state';

// Thin form actions for the self-assessment: each validates, calls one lib/assessments function,
// then revalidates or redirects. Every rule lives in lib/.

export const startAssessmentAction = tenantFormAction({ schema: startAssessmentSchema, permission: 'assessment.start' }, async (ctx, input) => {
  const { id } = await startAssessment(ctx, input);
  revalidatePath(assessmentsPath(ctx.trustSlug));
  redirect(assessmentPath(ctx.trustSlug, id));
});

/** Where to go after the answer is saved: back to "check your answers" or on through the domain. */
const returnToField = z.object({ returnTo: z.string().optional().transform(parseReturnTo) });

const save = tenantFormAction({ schema: saveAnswerSchema.and(returnToField), permission: 'assessment.edit' }, async (ctx, input) => {
  try {
    await saveAnswer(ctx, input);
  } catch (error) {
    if (!isAnswerConflict(error)) throw error;
    return { message: error.message, data: { saved: error.saved, attempted: error.attempted } };
  }
  redirect(nextStepAfterSaving(ctx.trustSlug, input.assessmentId, input.questionRef, input.returnTo));
});

/** A conflict comes back as an error that keeps what was typed, with both answers to compare. */
async function withConflict(run: TenantFormAction<AnswerConflictDto>, trustSlug: string, formData: FormData): Promise<AnswerFormState> {
  const result = await run(trustSlug, { status: 'idle' }, formData);
  if (result.status !== 'success') return result;
  if (!result.data) return { status: 'success', message: result.message };
  return { status: 'error', message: result.message ?? '', fieldErrors: {}, values: submittedValues(formData), conflict: result.data };
}

/**
 * The question page's one form. Both of its buttons ("Save and continue" and "Confirm last year's
 * answer") save what the form holds when it is sent: a person who changed the answer or the
 * evidence and then pressed "Confirm" meant their change, so it is never swapped for last year's.
 * Sent unchanged, saving is the confirmation (saveAnswer clears the carried-over mark).
 */
export async function answerQuestionAction(trustSlug: string, _previous: AnswerFormState, sent: FormData): Promise<AnswerFormState> {
  return withConflict(save, trustSlug, asFormData(sent));
}

export const submitAssessmentAction = tenantFormAction({ schema: submitAssessmentSchema, permission: 'assessment.submit' }, async (ctx, input) => {
  await submitAssessment(ctx, input);
  redirect(assessmentPath(ctx.trustSlug, input.assessmentId, { done: 'submitted' }));
});

export const approveAssessmentAction = tenantFormAction({ schema: approveAssessmentSchema, permission: 'assessment.approve' }, async (ctx, input) => {
  await approveAssessment(ctx, input);
  redirect(assessmentPath(ctx.trustSlug, input.assessmentId, { done: 'approved' }));
});

export const reopenAssessmentAction = tenantFormAction({ schema: reopenAssessmentSchema, permission: 'assessment.reopen' }, async (ctx, input) => {
  await reopenAssessment(ctx, input);
  redirect(assessmentPath(ctx.trustSlug, input.assessmentId, { done: 'reopened' }));
});

export const importAssessmentAction = tenantFormAction({ schema: recordImportedAssessmentSchema, permission: 'assessment.import' }, async (ctx, input) => {
  const { id } = await recordImportedAssessment(ctx, input);
  revalidatePath(assessmentsPath(ctx.trustSlug));
  redirect(assessmentResultsPath(ctx.trustSlug, id, { done: 'imported' }));
});
