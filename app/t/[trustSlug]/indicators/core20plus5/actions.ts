'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { saveCore20Plus5 } from '@/lib/trusts/core20plus5';
import { core20Plus5Schema } from '@/lib/trusts/core20plus5-schemas';
import { core20plus5Path, trustPath } from '@/lib/routes/paths';

export const saveCore20Plus5Action = tenantFormAction(
  { schema: core20Plus5Schema, permission: 'trust.core20plus5', arrays: ['clinicalAreas'] },
  async (ctx, input) => {
    await saveCore20Plus5(ctx, input);
    revalidatePath(trustPath(ctx.trustSlug), 'layout');
    redirect(core20plus5Path(ctx.trustSlug, { saved: 1 }));
  },
);
