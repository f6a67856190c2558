import { performance } from 'node:perf_hooks';
import { withSystem } from '../../../lib/jobs/system-jobs';
import { systemTenantContext } from '../../../lib/tenancy/system-context';
import { findTrustForSystemJob } from '../../../lib/trusts/system-job-trust';
import { buildAnnualReportSnapshot } from '../../../lib/reports/build-snapshot';
import { renderSnapshot } from '../../../lib/reports/render';
import { CORE_SECTION_IDS } from '../../../lib/reports/snapshot';

export type ExportTiming = Readonly<{ step: string; medianMs: number; minMs: number; maxMs: number; kb?: number }>;

export function summariseTimes(step: string, times: number[], bytes?: number): ExportTiming {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    step,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    minMs: sorted[0] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    ...(bytes === undefined ? {} : { kb: bytes / 1024 }),
  };
}

/**
 * The annual-report export measured in-process, without HTTP: reading the frozen snapshot (one
 * transaction) and rendering each format from it, after one warm-up, for the trust's latest year.
 */
export async function timeAnnualReportExport(trustSlug: string, runs: number): Promise<{ financialYear: number; timings: ExportTiming[] }> {
  const trust = await findTrustForSystemJob(trustSlug, 'bench');
  const latest = await withSystem('bench', (tx) =>
    tx.assessment.findFirstOrThrow({ where: { trustId: trust.id, status: 'approved' }, orderBy: { financialYear: 'desc' }, select: { financialYear: true } }),
  );
  const ctx = systemTenantContext(trust, 'bench');
  const request = { financialYear: latest.financialYear, sections: CORE_SECTION_IDS, variant: 'board-paper' } as const;
  const timings: ExportTiming[] = [];
  const snapshotTimes: number[] = [];
  await buildAnnualReportSnapshot(ctx, request);
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await buildAnnualReportSnapshot(ctx, request);
    snapshotTimes.push(performance.now() - started);
  }
  timings.push(summariseTimes('snapshot (database)', snapshotTimes));
  const snapshot = await buildAnnualReportSnapshot(ctx, request);
  for (const format of ['pdf', 'docx', 'csv'] as const) {
    const first = await renderSnapshot(format, snapshot);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const file = await renderSnapshot(format, snapshot);
      times.push(performance.now() - started);
      if (file.sha256 !== first.sha256) throw new Error(`${format} output changed between runs of the same snapshot`);
    }
    timings.push(summariseTimes(`render ${format}`, times, first.byteLength));
  }
  return { financialYear: latest.financialYear, timings };
}
