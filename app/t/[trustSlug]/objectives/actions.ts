'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { tenantFormAction, type TenantFormAction } from '@/lib/actions/tenant-action';
import { IDLE } from '@/lib/actions/action-result';
import { isAppError } from '@/lib/errors/app-error';
import { isUnavailable } from '@/lib/errors/http-status';
import { asFormData, submittedValues } from '@/lib/forms/form-data';
import type { TenantContext } from '@/lib/tenancy/context';
import { carryForwardObjectives, type CarriedObjective } from '@/lib/objectives/carry-forward';
import { agreeObjective, agreementRefusal, createObjective, updateObjective, type ObjectiveVersion } from '@/lib/objectives/mutations';
import { isObjectiveConflict } from '@/lib/objectives/objective-dto';
import { assignOwner } from '@/lib/objectives/owner-mutations';
import { recordProgress } from '@/lib/objectives/progress-mutations';
import {
  agreeObjectiveSchema,
  assignOwnerSchema,
  carryForwardObjectivesSchema,
  createObjectiveSchema,
  recordProgressSchema,
  respondToObjectiveSchema,
  updateObjectiveSchema,
} from '@/lib/objectives/schemas';
import { respondToObjective } from '@/lib/objectives/acceptance-mutations';
import { editObjectivePath, objectivePath, objectivesPath } from '@/lib/routes/paths';
import type { ObjectiveConflictDto, ObjectiveFormState } from '@/components/objectives/objective-form-state';

// Thin form actions for objectives: each validates, calls lib/objectives, then redirects or
// answers the form. Every rule (SMART completeness, owners, versions) lives in lib/.

const FORM_ARRAYS = ['breakdowns', 'domains'];

/** "Save as draft" or "Agree objective": the button the user pressed. */
const intentField = z.object({ intent: z.enum(['draft', 'agree']).catch('draft') });

/** Only present when the objective has no owner yet: the edit form then offers the owner list. */
const firstOwnerField = z.object({ ownerId: z.union([z.literal(''), z.uuid('Choose an owner from the list')]).optional() });

/** A save that did not go through as a whole, told back to the form as an error. */
type SaveProblem =
  | Readonly<{ kind: 'conflict'; conflict: ObjectiveConflictDto }>
  | Readonly<{ kind: 'partial'; version: number; intro: string; fieldErrors: Record<string, string[]> }>
  | Readonly<{ kind: 'refused'; intro: string; fieldErrors: Record<string, string[]> }>;

function refresh(ctx: TenantContext): void {
  revalidatePath(objectivesPath(ctx.trustSlug), 'layout');
}

/** After the fields are saved: agree when asked; a refusal sends the user to the form, which lists what is missing. */
async function finishSaving(ctx: TenantContext, saved: ObjectiveVersion, intent: 'draft' | 'agree'): Promise<never> {
  refresh(ctx);
  if (intent === 'draft') redirect(objectivePath(ctx.trustSlug, saved.id, { saved: 'draft' }));
  const agreed = await agreeObjective(ctx, { objectiveId: saved.id, expectedVersion: saved.version }).then(
    () => true,
    (error: unknown) => {
      // A busy database is not a refusal: it reaches the form as the service-busy message.
      if (isAppError(error) && !isUnavailable(error)) return false;
      throw error;
    },
  );
  redirect(agreed ? objectivePath(ctx.trustSlug, saved.id, { saved: 'agreed' }) : editObjectivePath(ctx.trustSlug, saved.id, { agree: 'refused' }));
}

const createSchema = createObjectiveSchema.and(intentField);
const updateSchema = updateObjectiveSchema.and(intentField).and(firstOwnerField);

const create = tenantFormAction<typeof createSchema, SaveProblem>(
  { schema: createSchema, permission: 'objective.manage', arrays: FORM_ARRAYS },
  async (ctx, input) => {
    const refusal = input.intent === 'agree' ? agreementRefusal(input) : null;
    if (refusal) return { message: refusal.intro, data: { kind: 'refused', ...refusal } };
    const saved = await createObjective(ctx, input);
    await finishSaving(ctx, saved, input.intent);
  },
);

const update = tenantFormAction<typeof updateSchema, SaveProblem>(
  { schema: updateSchema, permission: 'objective.manage', arrays: FORM_ARRAYS },
  async (ctx, input) => {
    let saved: ObjectiveVersion;
    try {
      saved = await updateObjective(ctx, input);
    } catch (error) {
      if (!isObjectiveConflict(error)) throw error;
      return {
        message: error.message,
        data: { kind: 'conflict', conflict: { saved: error.saved, savedVersion: error.savedVersion, attempted: error.attempted } },
      };
    }
    if (input.ownerId) {
      try {
        saved = await assignOwner(ctx, { objectiveId: saved.id, ownerId: input.ownerId, reason: '', expectedVersion: saved.version });
      } catch (error) {
        if (!isAppError(error)) throw error;
        refresh(ctx);
        const intro = 'Your other changes have been saved, but not the owner:';
        return {
          message: error.message,
          data: { kind: 'partial', version: saved.version, intro, fieldErrors: error.fieldErrors ?? { ownerId: [error.message] } },
        };
      }
    }
    await finishSaving(ctx, saved, input.intent);
  },
);

/** A problem that came back as data becomes an error that keeps what was typed. */
async function answerForm(run: TenantFormAction<SaveProblem>, trustSlug: string, formData: FormData): Promise<ObjectiveFormState> {
  const result = await run(trustSlug, IDLE, formData);
  if (result.status !== 'success') return result.status === 'error' ? result : IDLE;
  if (!result.data) return { status: 'success', message: result.message };
  const values = submittedValues(formData);
  const problem = result.data;
  if (problem.kind === 'conflict')
    return { status: 'error', message: result.message ?? '', fieldErrors: {}, values, conflict: problem.conflict, version: problem.conflict.savedVersion };
  const version = problem.kind === 'partial' ? problem.version : undefined;
  return { status: 'error', message: result.message ?? '', fieldErrors: problem.fieldErrors, values, version, intro: problem.intro };
}

/** The new and edit forms: creates when there is no objective id yet, otherwise saves the edit. */
export async function saveObjectiveAction(trustSlug: string, _previous: ObjectiveFormState, sent: FormData): Promise<ObjectiveFormState> {
  const formData = asFormData(sent);
  return formData.get('objectiveId') ? answerForm(update, trustSlug, formData) : answerForm(create, trustSlug, formData);
}

export const agreeObjectiveAction = tenantFormAction({ schema: agreeObjectiveSchema, permission: 'objective.manage' }, async (ctx, input) => {
  await agreeObjective(ctx, input);
  refresh(ctx);
  redirect(objectivePath(ctx.trustSlug, input.objectiveId, { saved: 'agreed' }));
});

// The owner may record progress whatever their role, so the permission is checked in lib/.
export const recordProgressAction = tenantFormAction({ schema: recordProgressSchema }, async (ctx, input) => {
  await recordProgress(ctx, input);
  refresh(ctx);
  redirect(objectivePath(ctx.trustSlug, input.objectiveId, { saved: 'progress' }));
});

// Only the owner answers, whatever their role, so the permission is checked in lib/.
export const respondToObjectiveAction = tenantFormAction({ schema: respondToObjectiveSchema }, async (ctx, input) => {
  const answer = await respondToObjective(ctx, input);
  refresh(ctx);
  redirect(objectivePath(ctx.trustSlug, input.objectiveId, { saved: answer.acceptance === 'accepted' ? 'accepted' : 'change-requested' }));
});

export const changeOwnerAction = tenantFormAction({ schema: assignOwnerSchema, permission: 'objective.manage' }, async (ctx, input) => {
  await assignOwner(ctx, input);
  refresh(ctx);
  redirect(objectivePath(ctx.trustSlug, input.objectiveId, { saved: 'owner' }));
});

export const carryForwardAction = tenantFormAction<typeof carryForwardObjectivesSchema, readonly CarriedObjective[]>(
  { schema: carryForwardObjectivesSchema, permission: 'objective.manage', arrays: ['objectiveIds'] },
  async (ctx, input) => {
    const carried = await carryForwardObjectives(ctx, input);
    refresh(ctx);
    return { message: `${carried.length} ${carried.length === 1 ? 'objective has' : 'objectives have'} been carried forward`, data: carried };
  },
);
