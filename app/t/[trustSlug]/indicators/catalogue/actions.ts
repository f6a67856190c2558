'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { addLocalIndicator, setIndicatorEnabled } from '@/lib/indicators/catalogue';
import { addLocalIndicatorSchema, setIndicatorEnabledSchema } from '@/lib/indicators/schemas';
import { indicatorCataloguePath, indicatorsPath } from '@/lib/routes/paths';

export const setIndicatorEnabledAction = tenantFormAction({ schema: setIndicatorEnabledSchema, permission: 'indicator.catalogue' }, async (ctx, input) => {
  const indicator = await setIndicatorEnabled(ctx, input);
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  return { message: `${indicator.name} is now switched ${input.enabled ? 'on' : 'off'}.` };
});

export const addLocalIndicatorAction = tenantFormAction({ schema: addLocalIndicatorSchema, permission: 'indicator.catalogue' }, async (ctx, input) => {
  await addLocalIndicator(ctx, input);
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  redirect(indicatorCataloguePath(ctx.trustSlug, { added: input.code }));
});
