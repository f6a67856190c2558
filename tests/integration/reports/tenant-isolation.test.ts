import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { buildAnnualReportSnapshot } from '../../../lib/reports/build-snapshot';
import { completeReportExport, getReportExport, listReportExports, readReportExportFile, startReportExport } from '../../../lib/reports/exports';
import { getNarrative, listNarratives, reuseLastYearNarrative, saveNarrative } from '../../../lib/reports/narratives';
import { listReportYears } from '../../../lib/reports/report-years';
import { CORE_SECTION_IDS } from '../../../lib/reports/snapshot';
import { BOARD_PAPER_COVER } from '../../support/report-snapshot-fixture';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity, withRowLevelSecurityOff } from '../support/row-level-security';
import { NOW, boardMember, everyAnswer, importedYear, objectiveWithProgress, reportingTrust } from './report-fixtures';

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let a: Setup;
let b: Setup;
let exportA: string;

// A board paper: the annual report would also need every narrative approved, which is not what this tests.
const ALL = { sections: [...CORE_SECTION_IDS], variant: 'board-paper' as const };
const SECTION = 'data-quality' as const;
/** Everything trust A writes says "Trust A", so any of it reaching trust B's answers shows. */
const TRUST_A = /Trust A/;

/**
 * Trust A has 2024 and 2025 assessed, narratives in both years, a board, an objective with
 * progress and a finished export; trust B has only 2025, no narratives from last year and no export.
 */
beforeEach(async () => {
  await resetDatabase();
  a = await reportingTrust({ name: 'Trust A Hospitals NHS Trust' });
  b = await reportingTrust({ name: 'Bee Hills NHS Trust' });
  await importedYear(a.lead, 2024, everyAnswer('yes'));
  await importedYear(a.lead, 2025, everyAnswer('yes'));
  const ownerA = await boardMember(a.trust, { name: 'Trust A Lead', jobTitle: 'Trust A Director', roleAreas: ['executive-lead'] });
  await objectiveWithProgress(a.lead, ownerA, { financialYear: '2025', title: 'Trust A objective', startDate: '2025-04-01', dueDate: '2026-03-31' }, [
    { date: '2025-06-01', status: 'on_track', narrative: 'Trust A progress' },
  ]);
  await saveNarrative(a.cosec, { financialYear: 2024, section: SECTION, body: 'Trust A last year', expectedVersion: 0 });
  await saveNarrative(a.cosec, { financialYear: 2025, section: SECTION, body: 'Trust A this year', expectedVersion: 0 });
  const started = await startReportExport(a.cosec, { financialYear: 2025, ...ALL, format: 'csv', cover: BOARD_PAPER_COVER }, NOW);
  await completeReportExport(a.cosec, started);
  exportA = started.id;
  await importedYear(b.lead, 2025, everyAnswer('no'));
  await boardMember(b.trust, { name: 'Bee Lead', jobTitle: 'Bee Director', roleAreas: ['executive-lead'] });
});

async function snapshotOfTrustA() {
  const prisma = getPrisma();
  const where = { trustId: a.trust.id };
  return {
    narratives: await prisma.reportNarrative.findMany({ where, orderBy: { id: 'asc' } }),
    revisions: await prisma.reportNarrativeRevision.findMany({ where, orderBy: { id: 'asc' } }),
    exports: await prisma.reportExport.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, status: true, sha256: true } }),
  };
}

async function expectTrustBLockedOut(): Promise<void> {
  const before = await snapshotOfTrustA();
  await expect(getReportExport(b.admin, exportA, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(readReportExportFile(b.cosec, exportA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  // Trust B has no 2024: neither trust A's year nor its narrative stands in for it.
  await expect(buildAnnualReportSnapshot(b.cosec, { financialYear: 2024, ...ALL }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(startReportExport(b.cosec, { financialYear: 2024, ...ALL, format: 'csv', cover: BOARD_PAPER_COVER }, NOW)).rejects.toMatchObject({
    code: 'NOT_FOUND',
  });
  await expect(reuseLastYearNarrative(b.cosec, { financialYear: 2025, section: SECTION, expectedVersion: 0 })).rejects.toMatchObject({ code: 'INVALID_STATE' });
  expect(await snapshotOfTrustA()).toEqual(before);
}

describe('reports: each tenant wall holds on its own', () => {
  it('trust B’s report, narratives, exports and years are the same with row-level security on or off, and hold nothing of trust A', async () => {
    await expectSameWithoutRowLevelSecurity(
      {
        snapshot: () => buildAnnualReportSnapshot(b.cosec, { financialYear: 2025, ...ALL }, NOW),
        narratives: () => listNarratives(b.cosec, 2025),
        narrative: () => getNarrative(b.cosec, 2025, SECTION),
        exports: () => listReportExports(b.admin, NOW),
        years: () => listReportYears(b.admin),
      },
      TRUST_A,
    );
  });

  it('trust A’s export, year and narratives are out of trust B’s reach with row-level security on', expectTrustBLockedOut);

  it('the data layer alone keeps trust B out when row-level security is off', () => withRowLevelSecurityOff(expectTrustBLockedOut));

  it('a narrative trust B saves with row-level security off is its own, and trust A’s text is untouched', async () => {
    const before = await snapshotOfTrustA();
    await withRowLevelSecurityOff(() => saveNarrative(b.cosec, { financialYear: 2025, section: SECTION, body: 'Bee text', expectedVersion: 0 }));
    expect((await getNarrative(b.cosec, 2025, SECTION)).body).toBe('Bee text');
    expect(await snapshotOfTrustA()).toEqual(before);
  });
});
