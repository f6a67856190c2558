'use server';

import { revalidatePath } from 'next/cache';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { enterFigure } from '@/lib/indicators/hand-entry';
import { enterFigureSchema } from '@/lib/indicators/schemas';
import { figuresSavedMessage } from '@/lib/indicators/upload-messages';
import { indicatorsPath } from '@/lib/routes/paths';

export const enterFigureAction = tenantFormAction({ schema: enterFigureSchema, permission: 'indicator.data' }, async (ctx, input) => {
  const saved = await enterFigure(ctx, input);
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  return { message: figuresSavedMessage(saved, null) };
});
