'use server';

import { revalidatePath } from 'next/cache';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { invalidInput } from '@/lib/errors/app-error';
import { importIndicatorCsv } from '@/lib/indicators/import';
import { describeProblem } from '@/lib/indicators/problems';
import { uploadFiguresSchema } from '@/lib/indicators/schemas';
import { figuresSavedMessage, listedProblems } from '@/lib/indicators/upload-messages';
import { indicatorsPath } from '@/lib/routes/paths';

export const uploadFiguresAction = tenantFormAction({ schema: uploadFiguresSchema, permission: 'indicator.data', files: ['file'] }, async (ctx, { file }) => {
  const outcome = await importIndicatorCsv(ctx, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, 'upload');
  if (!outcome.ok) throw invalidInput('There is a problem', { file: listedProblems(outcome.problems.map(describeProblem)) });
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  return { message: figuresSavedMessage(outcome, file.name) };
});
