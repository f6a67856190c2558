import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withTenant } from '../../../lib/db/with-tenant';
import { getNarrative, listNarratives, NARRATIVE_CONFLICT, reuseLastYearNarrative, saveNarrative } from '../../../lib/reports/narratives';
import type { NARRATIVE_SECTION_IDS } from '../../../lib/reports/narrative-sections';
import { saveNarrativeSchema } from '../../../lib/reports/schemas';
import { resetDatabase } from '../setup/reset-db';
import { reportingTrust } from './report-fixtures';

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust();
});

const save = (
  ctx: Setup['cosec'],
  body: string,
  expectedVersion: number,
  financialYear = 2025,
  section: (typeof NARRATIVE_SECTION_IDS)[number] = 'statement-understand-need',
) => saveNarrative(ctx, { financialYear, section, body, expectedVersion });

describe('narratives', () => {
  it('list every section for the year in the report’s order, unwritten ones at version 0', async () => {
    const list = await listNarratives(t.viewer, 2025);

    expect(list.map((narrative) => narrative.id)).toEqual([
      'leadership-governance',
      'statement-understand-need',
      'statement-break-down-data',
      'statement-data-quality',
      'statement-act-and-evaluate',
      'statement-publish',
      // The optional sections; the PCREF section is offered to mental health trusts only.
      'strategy-progress',
      'core20plus5',
      'workforce-equality',
      'partnership-working',
      'lived-experience',
      'next-year-plans',
      'data-quality',
    ]);
    expect(list.every((narrative) => narrative.version === 0 && !narrative.isWritten && narrative.prompt.length > 0)).toBe(true);
  });

  it('save as drafts: each save is a new version with a revision saying who saved what, newest first', async () => {
    expect(await save(t.cosec, 'First draft.', 0)).toEqual({ version: 1, changed: true });
    expect(await save(t.admin, 'Second draft.\n\nWith a second paragraph.', 1)).toEqual({ version: 2, changed: true });

    const narrative = await getNarrative(t.ned, 2025, 'statement-understand-need');

    expect(narrative).toMatchObject({
      body: 'Second draft.\n\nWith a second paragraph.',
      version: 2,
      isWritten: true,
      updatedByName: 'Test User',
      heading: 'Understanding need and our Core20PLUS groups',
    });
    expect(narrative.revisions.map((revision) => [revision.version, revision.body, revision.source])).toEqual([
      [2, 'Second draft.\n\nWith a second paragraph.', 'edit'],
      [1, 'First draft.', 'edit'],
    ]);
    const stored = await getPrisma().reportNarrativeRevision.findMany({ orderBy: { version: 'asc' } });
    expect(stored.map((revision) => revision.createdById)).toEqual([t.cosec.userId, t.admin.userId]);
  });

  it('refuse a save made from an older version with CONFLICT and keep the other person’s text', async () => {
    await save(t.cosec, 'Mine.', 0);
    await save(t.admin, 'Theirs.', 1);

    await expect(save(t.cosec, 'Mine, edited from version 1.', 1)).rejects.toMatchObject({ code: 'CONFLICT', message: NARRATIVE_CONFLICT });
    await expect(save(t.cosec, 'A second first save.', 0)).rejects.toMatchObject({ code: 'CONFLICT' });

    const narrative = await getNarrative(t.cosec, 2025, 'statement-understand-need');
    expect(narrative.body).toBe('Theirs.');
    expect(narrative.revisions).toHaveLength(2);
  });

  it('let only one of two simultaneous first saves win', async () => {
    const results = await Promise.allSettled([save(t.cosec, 'One.', 0), save(t.admin, 'Two.', 0)]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await getPrisma().reportNarrativeRevision.count()).toBe(1);
  });

  it('save nothing new when the text has not changed', async () => {
    await save(t.cosec, 'Same.', 0);

    expect(await save(t.cosec, 'Same.', 1)).toEqual({ version: 1, changed: false });
    expect(
      await saveNarrative(
        t.cosec,
        saveNarrativeSchema.parse({ financialYear: '2025', section: 'statement-understand-need', body: 'Same.  \r\n', expectedVersion: '1' }),
      ),
    ).toEqual({ version: 1, changed: false });
    expect((await getNarrative(t.cosec, 2025, 'statement-understand-need')).revisions).toHaveLength(1);
  });

  it('reuse last year’s latest text as a new draft, recorded as copied, keeping this year’s earlier draft in the history', async () => {
    await save(t.cosec, 'Last year, first go.', 0, 2024);
    await save(t.cosec, 'Last year, final.', 1, 2024);
    await save(t.cosec, 'This year, rough notes.', 0, 2025);

    const before = await getNarrative(t.cosec, 2025, 'statement-understand-need');
    expect(before.lastYear).toEqual({ financialYear: 2024, body: 'Last year, final.' });

    expect(await reuseLastYearNarrative(t.cosec, { financialYear: 2025, section: 'statement-understand-need', expectedVersion: 1 })).toEqual({
      version: 2,
      changed: true,
    });

    const after = await getNarrative(t.cosec, 2025, 'statement-understand-need');
    expect(after.body).toBe('Last year, final.');
    expect(after.revisions.map((revision) => [revision.version, revision.source, revision.reusedFromYear, revision.body])).toEqual([
      [2, 'reuse', 2024, 'Last year, final.'],
      [1, 'edit', null, 'This year, rough notes.'],
    ]);
    expect((await getNarrative(t.cosec, 2024, 'statement-understand-need')).body).toBe('Last year, final.');
  });

  it('say so when there is no text from last year to reuse, and check the version too', async () => {
    await expect(reuseLastYearNarrative(t.cosec, { financialYear: 2025, section: 'data-quality', expectedVersion: 0 })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('2024/25'),
    });

    await save(t.cosec, 'Last year.', 0, 2024, 'data-quality');
    await save(t.cosec, 'This year.', 0, 2025, 'data-quality');
    await expect(reuseLastYearNarrative(t.cosec, { financialYear: 2025, section: 'data-quality', expectedVersion: 0 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('may be edited by the company secretary and administrators only; everyone in the trust may read them', async () => {
    for (const ctx of [t.lead, t.ned, t.viewer]) {
      await expect(save(ctx, 'Not allowed.', 0)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(reuseLastYearNarrative(ctx, { financialYear: 2025, section: 'data-quality', expectedVersion: 0 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await save(t.cosec, 'Readable.', 0);
    for (const ctx of [t.lead, t.ned, t.viewer]) expect((await getNarrative(ctx, 2025, 'statement-understand-need')).body).toBe('Readable.');
  });

  it('stay inside their trust: another trust sees none of them and cannot overwrite them', async () => {
    const other = await reportingTrust();
    await save(t.cosec, 'Ours.', 0);

    expect((await getNarrative(other.cosec, 2025, 'statement-understand-need')).version).toBe(0);
    await save(other.cosec, 'Theirs.', 0);
    expect((await getNarrative(t.cosec, 2025, 'statement-understand-need')).body).toBe('Ours.');
    const seen = await withTenant(other.cosec, (tx) => tx.$queryRawUnsafe<{ body: string }[]>('SELECT body FROM "ReportNarrative"'));
    expect(seen).toEqual([{ body: 'Theirs.' }]);
  });

  it('are audited, and the history cannot be rewritten by the application', async () => {
    await save(t.cosec, 'Audited.', 0);
    const narrative = await getPrisma().reportNarrative.findFirstOrThrow();

    const events = await getPrisma().auditEvent.findMany({
      where: { tableName: { in: ['ReportNarrative', 'ReportNarrativeRevision'] } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => [event.tableName, event.action, event.actorUserId])).toEqual([
      ['ReportNarrative', 'insert', t.cosec.userId],
      ['ReportNarrativeRevision', 'insert', t.cosec.userId],
    ]);
    await expect(withTenant(t.cosec, (tx) => tx.$executeRawUnsafe(`UPDATE "ReportNarrativeRevision" SET body = 'rewritten'`))).rejects.toThrow(
      /permission denied/,
    );
    await expect(withTenant(t.cosec, (tx) => tx.$executeRawUnsafe(`DELETE FROM "ReportNarrative" WHERE id = '${narrative.id}'`))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('are held to their rules by the database as well', async () => {
    await expect(
      withTenant(t.cosec, (tx) => tx.reportNarrative.create({ data: { trustId: t.trust.id, financialYear: 2025, section: 'statement-made-up', body: 'x' } })),
    ).rejects.toThrow(/ReportNarrative_section_known/);
    await expect(
      withTenant(t.cosec, (tx) =>
        tx.reportNarrative.create({ data: { trustId: t.trust.id, financialYear: 2025, section: 'data-quality', body: 'x'.repeat(20_001) } }),
      ),
    ).rejects.toThrow(/ReportNarrative_body_length/);
  });
});
