import 'server-only';
import { cache } from 'react';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { getAssessment } from '@/lib/assessments/queries';
import { requireTenant } from '@/lib/tenancy/require-tenant';

/** One assessment for the page and its metadata, read once per request. */
export const loadAssessment = cache(async (trustSlug: string, assessmentId: string) => {
  const ctx = await requireTenant(trustSlug);
  const assessment = await getAssessment(ctx, assessmentId).catch(notFoundIfMissing);
  return { ctx, assessment };
});
