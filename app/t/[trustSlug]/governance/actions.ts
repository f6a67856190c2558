'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { saveGovernanceSettings } from '@/lib/trusts/governance';
import { governanceSettingsSchema } from '@/lib/trusts/governance-schemas';
import { governancePath, trustPath } from '@/lib/routes/paths';

export const saveGovernanceSettingsAction = tenantFormAction({ schema: governanceSettingsSchema, permission: 'trust.settings' }, async (ctx, input) => {
  await saveGovernanceSettings(ctx, input);
  revalidatePath(trustPath(ctx.trustSlug), 'layout');
  redirect(governancePath(ctx.trustSlug, { saved: 1 }));
});
