import { performance } from 'node:perf_hooks';
import { withSystem } from '../../../lib/jobs/system-jobs';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { systemTenantContext } from '../../../lib/tenancy/system-context';
import { findTrustForSystemJob } from '../../../lib/trusts/system-job-trust';
import { summariseTimes, type ExportTiming } from './export-timings';

const IMPORT_ROWS = 10_000;
const SCALE = { percentage: 100, rate_per_100000: 100_000, count: 1 } as const;

/**
 * A valid indicator CSV of exactly `rows` figures for the trust's enabled indicators: monthly
 * periods going back from `monthsBack` months before March 2026, each with the all row, the ten
 * deprivation deciles and single years of age from 0 to 89.
 */
function indicatorCsv(indicators: readonly { code: string; unit: keyof typeof SCALE }[], rows: number, monthsBack = 0): string {
  const lines = ['indicator,period,breakdown,group,numerator,denominator,value'];
  const groups = [
    ['all', 'all'],
    ...Array.from({ length: 10 }, (_, decile) => ['deprivation_decile', String(decile + 1)]),
    ...Array.from({ length: 90 }, (_, age) => ['age', `${age}-${age}`]),
  ];
  for (let month = 0; lines.length <= rows; month += 1) {
    const date = new Date(Date.UTC(2026, 2 - monthsBack - month, 1));
    const period = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    for (const indicator of indicators) {
      for (const [breakdown, group] of groups) {
        if (lines.length > rows) break;
        const denominator = 1_000 + ((month * 37 + lines.length) % 5_000);
        const numerator = (lines.length * 13) % denominator;
        const value = indicator.unit === 'count' ? String(numerator) : ((numerator / denominator) * SCALE[indicator.unit]).toFixed(1);
        lines.push(`${indicator.code},${period},${breakdown},${group},${numerator},${denominator},${value}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The import of a 10,000-row indicator CSV, in-process as the upload's server action runs it
 * (parse, check every row against the catalogue, save in one transaction with an audit row per
 * figure), timed like the export: a first upload of months no earlier run used, and the same file
 * uploaded again, which supersedes (keeps as history) the 10,000 figures the first one saved.
 */
export async function timeIndicatorImport(trustSlug: string, runs: number): Promise<ExportTiming[]> {
  const trust = await findTrustForSystemJob(trustSlug, 'bench');
  const indicators = await withSystem('bench', (tx) =>
    tx.indicator.findMany({ where: { trustId: trust.id, enabled: true }, select: { code: true, unit: true }, orderBy: { code: 'asc' } }),
  );
  const ctx = systemTenantContext(trust, 'bench', 'executive_lead');
  const firstUploads: number[] = [];
  const replacingUploads: number[] = [];
  const monthsPerFile = Math.ceil(IMPORT_ROWS / (indicators.length * 101));
  let bytes = new Uint8Array();
  const timedImport = async (expectReplaced: number): Promise<number> => {
    const started = performance.now();
    const outcome = await importIndicatorCsv(ctx, { name: 'bench-figures.csv', bytes }, 'upload');
    if (!outcome.ok) throw new Error(`The bench's indicator CSV was refused: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
    if (outcome.imported !== IMPORT_ROWS || outcome.replaced !== expectReplaced)
      throw new Error(`The import saved ${outcome.imported} figures and replaced ${outcome.replaced}, not ${IMPORT_ROWS} and ${expectReplaced}.`);
    return performance.now() - started;
  };
  for (let run = 0; run <= runs; run += 1) {
    // Months from four years back, clear of the demo and scale figures (the last three years).
    bytes = new TextEncoder().encode(indicatorCsv(indicators, IMPORT_ROWS, 48 + run * monthsPerFile));
    const first = await timedImport(0);
    const replacing = await timedImport(IMPORT_ROWS);
    // The first run is the warm-up.
    if (run > 0) {
      firstUploads.push(first);
      replacingUploads.push(replacing);
    }
  }
  const rows = IMPORT_ROWS.toLocaleString('en-GB');
  return [
    summariseTimes(`import ${rows}-row indicator CSV (first upload)`, firstUploads, bytes.byteLength),
    summariseTimes(`import ${rows}-row indicator CSV again (replacing ${rows} figures)`, replacingUploads, bytes.byteLength),
  ];
}
