'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { saveGovernanceSettings } from '@/lib/trusts/governance';
import { governanceSettingsSchema } from '@/lib/trusts/governance-schemas';
import { governancePath, trustPath } from '@/lib/routes/paths';

const save = tenantFormAction({ schema: governanceSettingsSchema, permission: 'trust.settings' }, async (ctx, input) => {
  await saveGovernanceSettings(ctx, input);
  revalidatePath(trustPath(ctx.trustSlug), 'layout');
  redirect(governancePath(ctx.trustSlug, { saved: 1 }));
});
export async function saveGovernanceSettingsAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return save(trustSlug, previous, formData);
}
