import { beforeEach, describe, expect, it } from 'vitest';
import { withSystem } from '../../../lib/db/with-tenant';
import type { Figure } from '../../../lib/indicators/analysis';
import { installNationalSet, listIndicators, setIndicatorEnabled } from '../../../lib/indicators/catalogue';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { buildAnnualReportSnapshot } from '../../../lib/reports/build-snapshot';
import { completeReportExport, readReportExportFile, startReportExport } from '../../../lib/reports/exports';
import { renderSnapshot } from '../../../lib/reports/render';
import { renderAnnualReportCsv } from '../../../lib/reports/annual-report-csv';
import { objectivesTable } from '../../../lib/reports/report-tables';
import { createObjective } from '../../../lib/objectives/mutations';
import { parseCreate, smartForm } from '../objectives/objective-fixtures';
import { findSection, type AnnualReportSnapshot } from '../../../lib/reports/snapshot';
import { saveGovernanceSettings } from '../../../lib/trusts/governance';
import { governanceSettingsSchema } from '../../../lib/trusts/governance-schemas';
import { findRoles, poppler, readPdf, squash, withPdfFile } from '../../unit/reports/support/read-pdf';
import { EMERGENCY_ADMISSIONS, WAITING_LIST } from '../../support/report-indicators-fixture';
import { BOARD_PAPER_COVER } from '../../support/report-snapshot-fixture';
import { resetDatabase } from '../setup/reset-db';
import { MIXED_ANSWERS } from '../assessments/assessment-fixtures';
import { NOW, importedYear, reportingTrust, storedExport } from './report-fixtures';

// The indicators section against PostgreSQL: the figures uploaded through the real importer go
// into the snapshot with suppression applied, only current figures of indicators switched on, only
// the trust's own; and an export keeps the figures it was started with after a re-upload.

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

const BREAKDOWN_NAMES: Record<Figure['breakdown'], string> = {
  all: 'all',
  deprivation_quintile: 'deprivation quintile',
  deprivation_decile: 'deprivation decile',
  ethnicity: 'ethnicity',
  age: 'age',
  sex: 'sex',
};

function csvOf(code: string, figures: readonly Figure[]): Uint8Array {
  const rows = figures.map((figure) =>
    [code, figure.period, BREAKDOWN_NAMES[figure.breakdown], figure.group, figure.numerator, figure.denominator, figure.value.toFixed(1)].join(','),
  );
  return new TextEncoder().encode(`${['indicator,period,breakdown,group,numerator,denominator,value', ...rows].join('\n')}\n`);
}

async function upload(ctx: Setup['lead'], code: string, figures: readonly Figure[]): Promise<void> {
  const outcome = await importIndicatorCsv(ctx, { name: `${code}.csv`, bytes: csvOf(code, figures) }, 'upload', NOW);
  expect(outcome).toMatchObject({ ok: true });
}

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust({ name: 'Indicator Vale Hospitals NHS Foundation Trust' });
  await withSystem('test-fixture', (tx) => installNationalSet(tx, t.trust.id, 'acute'));
  await importedYear(t.lead, 2025, MIXED_ANSWERS);
  await upload(t.lead, WAITING_LIST.code, WAITING_LIST.figures);
  await upload(t.lead, EMERGENCY_ADMISSIONS.code, EMERGENCY_ADMISSIONS.figures);
});

const request = { financialYear: 2025, sections: ['indicators'] as const, variant: 'annual-report' as const };

describe('the snapshot’s indicators section', () => {
  it('holds the uploaded figures for the year, with small groups shown as “fewer than 8” and none of their numbers', async () => {
    const section = findSection(await buildAnnualReportSnapshot(t.cosec, request, NOW), 'indicators')!;
    expect(section.indicators.map((indicator) => [indicator.code, indicator.period])).toEqual([
      ['elective-wait-18w', '2025/26'],
      ['emergency-admissions', '2025/26'],
    ]);
    const waiting = section.indicators[0]!;
    expect(waiting.rows.find((row) => row.group === '1 (most deprived fifth)')).toMatchObject({
      value: '52.0',
      numerator: '260',
      denominator: '500',
      numbers: { value: 52, numerator: 260, denominator: 500 },
    });
    expect(waiting.rows.find((row) => row.group === 'Other ethnic group')).toEqual({
      breakdown: 'Ethnic group',
      group: 'Other ethnic group',
      value: 'fewer than 8',
      numerator: 'Not shown',
      denominator: 'Not shown',
      suppressed: true,
      numbers: null,
    });
    expect(waiting.gap?.measures[0]?.estimate).toBe('-20.7 percentage points');
    expect(waiting.trend).toContain('widened from 16 to 20.7 points since 2024/25');
    expect(section.indicators[1]?.gap).toBeNull();
    // Indicators switched on for an acute trust without figures are named, not left out silently.
    expect(section.withoutFigures).toContain('Cancers diagnosed at stage 1 or 2');
    expect(JSON.stringify(section)).not.toMatch(/"numerator":(5|15),|"denominator":(12|78),/);
  });

  it('names the statement’s edition from the governance settings', async () => {
    expect(findSection(await buildAnnualReportSnapshot(t.cosec, request, NOW), 'indicators')?.edition).toBeNull();
    await saveGovernanceSettings(
      t.admin,
      governanceSettingsSchema.parse({ oversightCommittee: 'Quality Committee', boardReportingFrequency: 'quarterly', statementEdition: '2023-11' }),
    );
    expect(findSection(await buildAnnualReportSnapshot(t.cosec, request, NOW), 'indicators')?.edition).toContain(
      'the first edition, published on 27 November 2023',
    );
  });

  it('leaves out indicators switched off, superseded figures and other trusts’ figures', async () => {
    const other = await reportingTrust({ name: 'Elsewhere NHS Trust' });
    await withSystem('test-fixture', (tx) => installNationalSet(tx, other.trust.id, 'acute'));
    await upload(other.lead, 'cancer-early-stage', [{ period: '2025/26', breakdown: 'all', group: 'all', numerator: 600, denominator: 1000, value: 60 }]);
    const emergency = (await listIndicators(t.admin)).find((indicator) => indicator.code === 'emergency-admissions')!;
    await setIndicatorEnabled(t.admin, { indicatorId: emergency.id, enabled: false, expectedVersion: emergency.version });
    // A re-upload of the year replaces its figures; the earlier ones stay only as history.
    await upload(t.lead, WAITING_LIST.code, [{ period: '2025/26', breakdown: 'all', group: 'all', numerator: 900, denominator: 2500, value: 36 }]);

    const section = findSection(await buildAnnualReportSnapshot(t.cosec, request, NOW), 'indicators')!;
    expect(section.indicators.map((indicator) => indicator.code)).toEqual(['elective-wait-18w']);
    expect(section.indicators[0]!.rows).toEqual([expect.objectContaining({ group: 'All patients', value: '36.0', numerator: '900' })]);
    expect(section.withoutFigures).toContain('Cancers diagnosed at stage 1 or 2');
    expect(section.withoutFigures).not.toContain('Emergency admissions: age-standardised rate');
  });
});

describe('an export with the indicators section', () => {
  it('freezes the figures at export: a later upload changes the next export, not this one', async () => {
    const started = await startReportExport(
      t.cosec,
      { ...request, sections: ['indicators'], variant: 'board-paper', format: 'pdf', cover: BOARD_PAPER_COVER },
      NOW,
    );
    await upload(t.lead, WAITING_LIST.code, [{ period: '2025/26', breakdown: 'all', group: 'all', numerator: 900, denominator: 2500, value: 36 }]);
    await completeReportExport(t.cosec, started);

    const stored = await storedExport(started.id);
    const snapshot = stored.snapshot as unknown as AnnualReportSnapshot;
    expect(findSection(snapshot, 'indicators')?.indicators[0]?.rows[0]).toMatchObject({ group: 'All patients', value: '40.0' });
    const again = await renderSnapshot('pdf', snapshot);
    expect(again.sha256).toBe(stored.sha256);

    const file = Buffer.from((await readReportExportFile(t.cosec, started.id)).content);
    const pdf = await readPdf(file);
    const tables = findRoles(pdf.structTrees, 'Table').filter((table) => squash(table.children[0]?.text ?? '').startsWith('Group'));
    expect(tables).toHaveLength(2);
    expect(tables[0]!.children[0]!.children.map((cell) => cell.role)).toEqual(['TH', 'TH', 'TH', 'TH', 'TH']);
    // pdf.js gives the structure tree page by page, so a table that runs over a page comes in parts.
    const hidden = findRoles(pdf.structTrees, 'TR').find((row) => squash(row.children[0]?.text ?? '') === 'Other ethnic group')!;
    expect(hidden.children.map((cell) => [cell.role, squash(cell.text)])).toEqual([
      ['TH', 'Other ethnic group'],
      ['TD', 'Ethnic group'],
      ['TD', 'fewer than 8'],
      ['TD', 'Not shown'],
      ['TD', 'Not shown'],
    ]);
    expect(findRoles(pdf.structTrees, 'Figure').map((figure) => figure.alt)).toEqual(
      findSection(snapshot, 'indicators')!.indicators.map((indicator) => indicator.chart!.altText),
    );
    expect(withPdfFile(file, (path) => poppler('pdfinfo', [path]))).toMatch(/^Tagged:\s+yes$/m);
    expect(squash(withPdfFile(file, (path) => poppler('pdftotext', [path, '-'])))).toContain('Section 13SA of the National Health Service Act 2006');

    const next = findSection(await buildAnnualReportSnapshot(t.cosec, request, NOW), 'indicators');
    expect(next?.indicators[0]?.rows).toEqual([expect.objectContaining({ group: 'All patients', value: '36.0' })]);
  });
});

describe('an objective that follows an indicator, in the report', () => {
  it('names the indicator and the figure in the objectives table and the CSV', async () => {
    const waiting = (await listIndicators(t.lead)).find((indicator) => indicator.code === WAITING_LIST.code)!;
    const form = smartForm(null, {
      financialYear: '2025',
      startDate: '2025-04-01',
      dueDate: '2026-03-31',
      source: 'own',
      catalogueRefs: [],
      title: 'Shorten waits for the most deprived',
      indicatorId: waiting.id,
      indicatorFigure: 'gap:deprivation_quintile',
      baseline: '',
    });
    await createObjective(t.lead, parseCreate(form), NOW);

    const snapshot = await buildAnnualReportSnapshot(t.cosec, { ...request, sections: ['objectives'] }, NOW);
    const [objective] = findSection(snapshot, 'objectives')!.objectives;
    expect(objective!.measuredBy).toEqual({ indicator: waiting.name, figure: 'Gap between the least and most deprived fifths' });
    expect(objectivesTable(findSection(snapshot, 'objectives')!).rows[0]![0]).toBe(
      `Shorten waits for the most deprived (measured by ${waiting.name}, gap between the least and most deprived fifths)`,
    );
    const csv = renderAnnualReportCsv(snapshot);
    expect(csv).toMatch(new RegExp(`Shorten waits for the most deprived.*${waiting.name}.*Gap between the least and most deprived fifths`));
  });
});
