'use server';

import { after } from 'next/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { enqueueExportJob } from '@/lib/reports/export-queue';
import { completeReportExport, startReportExport } from '@/lib/reports/exports';
import { reuseLastYearNarrative, saveNarrative } from '@/lib/reports/narratives';
import { reuseNarrativeSchema, saveNarrativeSchema, setNarrativeStatusSchema, startExportSchema } from '@/lib/reports/schemas';
import { setNarrativeStatus } from '@/lib/reports/narrative-status';
import { narrativePath, reportExportPath, reportsPath } from '@/lib/routes/paths';

export const saveNarrativeAction = tenantFormAction({ schema: saveNarrativeSchema, permission: 'report.edit' }, async (ctx, input) => {
  const saved = await saveNarrative(ctx, input);
  revalidatePath(reportsPath(ctx.trustSlug));
  redirect(narrativePath(ctx.trustSlug, input.financialYear, input.section, { saved: saved.changed ? 'draft' : 'unchanged' }));
});

export const reuseNarrativeAction = tenantFormAction({ schema: reuseNarrativeSchema, permission: 'report.edit' }, async (ctx, input) => {
  const saved = await reuseLastYearNarrative(ctx, input);
  revalidatePath(reportsPath(ctx.trustSlug));
  redirect(narrativePath(ctx.trustSlug, input.financialYear, input.section, { saved: saved.changed ? 'reused' : 'unchanged' }));
});

export const setNarrativeStatusAction = tenantFormAction({ schema: setNarrativeStatusSchema }, async (ctx, input) => {
  await setNarrativeStatus(ctx, input);
  revalidatePath(reportsPath(ctx.trustSlug));
  redirect(narrativePath(ctx.trustSlug, input.financialYear, input.section, { saved: input.status }));
});

/**
 * Records the export as pending (reading the snapshot in one short transaction), answers at once
 * with the export's own page, and renders the file after the response has gone, in this process's
 * export queue. That page shows progress until the file is ready.
 */
export const startExportAction = tenantFormAction({ schema: startExportSchema, permission: 'report.export', arrays: ['sections'] }, async (ctx, input) => {
  const started = await startReportExport(ctx, input);
  after(() => enqueueExportJob(() => completeReportExport(ctx, started)));
  redirect(reportExportPath(ctx.trustSlug, started.id));
});
