'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { addLocalIndicator, setIndicatorEnabled } from '@/lib/indicators/catalogue';
import { addLocalIndicatorSchema, setIndicatorEnabledSchema } from '@/lib/indicators/schemas';
import { indicatorCataloguePath, indicatorsPath } from '@/lib/routes/paths';

const setEnabled = tenantFormAction({ schema: setIndicatorEnabledSchema, permission: 'indicator.catalogue' }, async (ctx, input) => {
  const indicator = await setIndicatorEnabled(ctx, input);
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  return { message: `${indicator.name} is now switched ${input.enabled ? 'on' : 'off'}.` };
});
export async function setIndicatorEnabledAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return setEnabled(trustSlug, previous, formData);
}

const addLocal = tenantFormAction({ schema: addLocalIndicatorSchema, permission: 'indicator.catalogue' }, async (ctx, input) => {
  await addLocalIndicator(ctx, input);
  revalidatePath(indicatorsPath(ctx.trustSlug), 'layout');
  redirect(indicatorCataloguePath(ctx.trustSlug, { added: input.code }));
});
export async function addLocalIndicatorAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return addLocal(trustSlug, previous, formData);
}
