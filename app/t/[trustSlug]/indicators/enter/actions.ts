'use server';

import { revalidatePath } from 'next/cache';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { enterFigure } from '@/lib/indicators/hand-entry';
import { enterFigureSchema } from '@/lib/indicators/schemas';
import { figuresSavedMessage } from '@/lib/indicators/upload-messages';
import { indicatorsPath } from '@/lib/routes/paths';

const enter = tenantFormAction({ schema: enterFigureSchema, permission: 'indicator.data' }, async (ctx, input) => {
  const saved = await enterFigure(ctx, input);
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  return { message: figuresSavedMessage(saved, null) };
});

export async function enterFigureAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return enter(trustSlug, previous, formData);
}
