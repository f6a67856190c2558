import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors/app-error';
import { getAssessment } from '@/lib/assessments/queries';
import { requireTenant } from '@/lib/tenancy/require-tenant';

/** A missing assessment, or one in another trust, is the same 404 as a page that does not exist. */
export function notFoundIfMissing(error: unknown): never {
  if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
  throw error;
}

/** One assessment for the page and its metadata, read once per request. */
export const loadAssessment = cache(async (trustSlug: string, assessmentId: string) => {
  const ctx = await requireTenant(trustSlug);
  const assessment = await getAssessment(ctx, assessmentId).catch(notFoundIfMissing);
  return { ctx, assessment };
});
