import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';
import { getAssurance, recordJudgement } from '../../../lib/review/assurance';
import { recordJudgementSchema } from '../../../lib/review/schemas';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, storedAssessment } from './review-fixtures';

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let ned: Ctx;
let chair: Ctx;

const judge = (ctx: Ctx, form: Record<string, unknown>) => recordJudgement(ctx, recordJudgementSchema.parse(form));

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  ned = await createMemberContext(trust, 'non_executive_director');
  chair = await createMemberContext(trust, 'non_executive_director', true);
  await storedAssessment(trust, 2024, allAnswered('no'));
  await storedAssessment(trust, 2025, allAnswered('partial'));
});

describe('assurance judgements', () => {
  it('records each NED’s judgement with a reason and shows the board’s spread per domain', async () => {
    await judge(ned, { financialYear: '2025', domain: '2', level: 'partially_assured', reason: 'Data by ethnicity is still patchy.' });
    await judge(chair, { financialYear: '2025', domain: '2', level: 'assured', reason: 'The data plan is funded.' });
    await judge(chair, { financialYear: '2025', domain: '3', level: 'not_assured', reason: 'No named lead yet.' });

    const assurance = await getAssurance(ned, 2025);
    const domain2 = assurance.domains[1];

    expect(assurance.financialYearLabel).toBe('2025/26');
    expect(assurance.years.map((year) => year.financialYear)).toEqual([2025, 2024]);
    expect(domain2?.spread).toEqual({ assured: 1, partially_assured: 1, not_assured: 0 });
    expect(domain2?.judgements.map((judgement) => [judgement.levelLabel, judgement.reason, judgement.isMine])).toEqual(
      expect.arrayContaining([
        ['Partially assured', 'Data by ethnicity is still patchy.', true],
        ['Assured', 'The data plan is funded.', false],
      ]),
    );
    expect(domain2?.mine).toMatchObject({ level: 'partially_assured', version: 1 });
    expect(domain2?.result).toMatchObject({ percent: 50, maturity: 'maturing' });
    expect(domain2?.awaiting).toEqual([]);
    expect(assurance.domains[0]?.awaiting.map((person) => person.id).sort()).toEqual([ned.userId, chair.userId].sort());
    expect(assurance.domains[2]?.spread).toEqual({ assured: 0, partially_assured: 0, not_assured: 1 });
    expect(assurance.viewer.canRecord).toBe(true);
  });

  it('keeps one judgement per NED per domain per year: a second one revises it, and a stale revision is refused', async () => {
    const first = await judge(ned, { financialYear: '2025', domain: '1', level: 'not_assured', reason: 'First view.' });
    const revised = await judge(ned, { financialYear: '2025', domain: '1', level: 'assured', reason: 'After the deep dive.', expectedVersion: '1' });

    expect(revised).toEqual({ id: first.id, version: 2 });
    await expect(
      judge(ned, { financialYear: '2025', domain: '1', level: 'partially_assured', reason: 'Stale page.', expectedVersion: '1' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getPrisma().assuranceJudgement.count({ where: { trustId: trust.id } })).toBe(1);
    await expect(
      withSystem('test', (tx) =>
        tx.assuranceJudgement.create({
          data: { trustId: trust.id, financialYear: 2025, domain: 1, nedUserId: ned.userId, level: 'assured', reason: 'Duplicate' },
        }),
      ),
    ).rejects.toThrow();
  });

  it('refuses a judgement from anyone who is not a non-executive director, clearly, and writes nothing', async () => {
    for (const role of ['trust_admin', 'executive_lead', 'executive_director', 'company_secretary', 'viewer'] as const) {
      const ctx = await createMemberContext(trust, role);
      await expect(judge(ctx, { financialYear: '2025', domain: '1', level: 'assured', reason: 'Not mine to judge' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only non-executive directors, including the chair, can record an assurance judgement.',
      });
      expect((await getAssurance(ctx, 2025)).viewer.canRecord).toBe(false);
    }
    expect(await getPrisma().assuranceJudgement.count()).toBe(0);
  });

  it('refuses a year with no self-assessment with a message that says so', async () => {
    await expect(judge(ned, { financialYear: '2019', domain: '1', level: 'assured', reason: 'No assessment' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no self-assessment for 2019/20, so there is nothing to judge yet. Choose a year that has one.',
    });
    await expect(getAssurance(ned, 2019)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getPrisma().assuranceJudgement.count()).toBe(0);
  });

  it('keeps each trust’s judgements to itself', async () => {
    const other = await createTestTrust();
    const otherNed = await createMemberContext(other, 'non_executive_director');
    await judge(ned, { financialYear: '2025', domain: '1', level: 'assured', reason: 'Ours' });

    // The other trust has no assessment for 2025: our year does not count as theirs.
    await expect(judge(otherNed, { financialYear: '2025', domain: '1', level: 'assured', reason: 'Theirs' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await storedAssessment(other, 2025, allAnswered('yes'));
    await judge(otherNed, { financialYear: '2025', domain: '1', level: 'not_assured', reason: 'Theirs' });

    expect((await getAssurance(ned, 2025)).domains[0]?.judgements.map((judgement) => judgement.reason)).toEqual(['Ours']);
    expect((await getAssurance(otherNed, 2025)).domains[0]?.judgements.map((judgement) => judgement.reason)).toEqual(['Theirs']);
  });
});
