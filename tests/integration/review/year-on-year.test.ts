import { beforeEach, describe, expect, it } from 'vitest';
import { compareYears } from '../../../lib/review/compare';
import { getMaturityHistory } from '../../../lib/review/history';
import { getBoardSummary } from '../../../lib/review/summary';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, importedScores, NOW, storedAssessment, storedObjective } from './review-fixtures';

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let viewer: Ctx;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  viewer = await createMemberContext(trust, 'viewer');
});

describe('maturity history', () => {
  it('lists every year oldest first, with figures only for approved or imported years and drafts shown as in draft', async () => {
    await importedScores(trust, 2022, { 1: 0, 2: 3, 3: 9, 4: 10 });
    await storedAssessment(trust, 2023, allAnswered('no'));
    await storedAssessment(trust, 2024, allAnswered('partial'), { status: 'submitted' });
    await storedAssessment(trust, 2025, allAnswered('yes'), { status: 'draft' });

    const history = await getMaturityHistory(viewer, NOW);

    expect(history.years.map((year) => [year.financialYearLabel, year.state])).toEqual([
      ['2022/23', 'result'],
      ['2023/24', 'result'],
      ['2024/25', 'awaiting-approval'],
      ['2025/26', 'in-draft'],
    ]);
    expect(history.years[0]?.domains?.map((domain) => [domain.percent, domain.maturity])).toEqual([
      [0, 'not-started'],
      [21, 'emerging'],
      [50, 'maturing'],
      [100, 'thriving'],
    ]);
    expect(history.years[1]?.domains?.every((domain) => domain.maturity === 'not-started')).toBe(true);
    expect(history.years[2]?.domains).toBeNull();
    expect(history.years[3]?.domains).toBeNull();
    expect(history.years[3]?.stateLabel).toBe('In draft');
    expect(history.resultYears.map((year) => year.financialYear)).toEqual([2022, 2023]);
    expect(history.summary).toBe(
      'From 2022/23 to 2023/24, none of the 4 domains moved up at least one maturity level, 1 stayed at the same level and 3 moved down.',
    );
  });

  it('counts each year’s objectives delivered, open and overdue beside the maturity, including a year with no assessment', async () => {
    await storedAssessment(trust, 2025, allAnswered('partial'));
    await storedObjective(trust, 2025, { currentStatus: 'complete', dueDate: '2026-03-31' });
    await storedObjective(trust, 2025, { currentStatus: 'on_track', dueDate: '2026-03-31' });
    await storedObjective(trust, 2025, { currentStatus: 'deferred', dueDate: '2026-03-31' });
    await storedObjective(trust, 2026, { currentStatus: 'at_risk', dueDate: '2027-03-31' });

    const history = await getMaturityHistory(viewer, NOW);

    expect(history.years.map((year) => [year.financialYear, year.state, year.objectives])).toEqual([
      [2025, 'result', { total: 3, delivered: 1, open: 1, overdue: 1, deferred: 1 }],
      [2026, 'no-assessment', { total: 1, delivered: 0, open: 1, overdue: 0, deferred: 0 }],
    ]);
    expect(history.summary).toBe('Only 2025/26 has approved results so far; the trend begins when a second year is approved.');
  });

  it('says so when there are no results at all', async () => {
    await storedAssessment(trust, 2025, {}, { status: 'draft' });

    const history = await getMaturityHistory(viewer, NOW);

    expect(history.resultYears).toEqual([]);
    expect(history.summary).toMatch(/no approved or imported self-assessment results yet/);
  });
});

describe('comparing two years question by question', () => {
  beforeEach(async () => {
    await storedAssessment(
      trust,
      2024,
      { '1.1': 'no', '1.2': 'partial', '1.3': 'yes', '1.4': 'yes', '2.1': 'partial', '3.1': 'yes' },
      { notes: { '1.1': 'No public health consultant yet.', '1.3': 'Training in place.' } },
    );
    await storedAssessment(
      trust,
      2025,
      { '1.1': 'yes', '1.2': 'partial', '1.3': 'partial', '1.4': 'yes', '2.2': 'no', '3.1': 'yes' },
      { notes: { '1.1': 'Consultant appointed in May.', '1.3': 'Training paused for a term.' } },
    );
  });

  it('gives both answers, both evidence notes and the change for changed, unchanged and unanswered questions', async () => {
    const comparison = await compareYears(viewer, 2024, 2025, NOW);
    const question = (ref: string) => comparison.questions.find((candidate) => candidate.ref === ref);

    expect(question('1.1')).toMatchObject({
      from: { value: 'no', evidenceNote: 'No public health consultant yet.' },
      to: { value: 'yes', evidenceNote: 'Consultant appointed in May.' },
      change: 'improved',
      changeLabel: 'Improved',
    });
    expect(question('1.2')).toMatchObject({ from: { value: 'partial' }, to: { value: 'partial' }, change: 'unchanged' });
    expect(question('1.3')).toMatchObject({
      from: { value: 'yes', evidenceNote: 'Training in place.' },
      to: { value: 'partial', evidenceNote: 'Training paused for a term.' },
      change: 'worse',
    });
    expect(question('2.1')).toMatchObject({ from: { value: 'partial' }, to: { value: null }, change: 'no-longer-answered' });
    expect(question('2.2')).toMatchObject({ from: { value: null }, to: { value: 'no' }, change: 'newly-answered' });
    expect(question('4.5')).toMatchObject({ from: { value: null }, to: { value: null }, change: 'still-unanswered', changeLabel: 'Unanswered both years' });
    expect(comparison.questions).toHaveLength(25);
    expect(comparison.changeCounts).toEqual({
      improved: 1,
      unchanged: 3,
      worse: 1,
      'newly-answered': 1,
      'no-longer-answered': 1,
      'still-unanswered': 18,
      'not-recorded': 0,
    });
  });

  it('compares each domain’s percentage and maturity level', async () => {
    const comparison = await compareYears(viewer, 2024, 2025, NOW);

    expect(comparison.domains[0]).toMatchObject({
      domain: 1,
      from: { score: 5, percent: 63, maturity: 'maturing' },
      to: { score: 6, percent: 75, maturity: 'thriving' },
      percentChange: 12,
      movement: 'up',
    });
    expect(comparison.domains[1]).toMatchObject({
      domain: 2,
      from: { percent: 7, maturity: 'emerging' },
      to: { percent: 0, maturity: 'not-started' },
      movement: 'down',
    });
    expect(comparison.domains[2]).toMatchObject({ domain: 3, movement: 'same' });
  });

  it('always runs from the earlier year to the later, whichever order they are given in', async () => {
    const comparison = await compareYears(viewer, 2025, 2024, NOW);

    expect([comparison.from.financialYearLabel, comparison.to.financialYearLabel]).toEqual(['2024/25', '2025/26']);
    expect(comparison.questions.find((question) => question.ref === '1.1')?.change).toBe('improved');
  });

  it('refuses the same year twice, a year with no assessment and a year still in draft, each with a clear message', async () => {
    await storedAssessment(trust, 2026, allAnswered('yes'), { status: 'draft' });

    await expect(compareYears(viewer, 2025, 2025, NOW)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Choose two different years to compare' });
    await expect(compareYears(viewer, 2020, 2025, NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no self-assessment for 2020/21. Choose a year that has approved results.',
      fieldErrors: { yearA: ['There is no self-assessment for 2020/21. Choose a year that has approved results.'] },
    });
    await expect(compareYears(viewer, 2025, 2026, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'The 2026/27 self-assessment is still in draft, so it has no approved results to compare yet.',
      fieldErrors: { yearB: [expect.any(String)] },
    });
  });

  it('marks questions as not recorded against a year imported as domain scores only', async () => {
    await importedScores(trust, 2023, { 1: 4, 2: 7, 3: 9, 4: 5 });

    const comparison = await compareYears(viewer, 2023, 2025, NOW);

    expect(comparison.from.answersAvailable).toBe(false);
    expect(comparison.questions.every((question) => question.change === 'not-recorded' && question.from === undefined)).toBe(true);
    expect(comparison.domains.map((domain) => domain.from.percent)).toEqual([50, 50, 50, 50]);
  });

  it('does not see another trust’s assessments', async () => {
    const other = await createTestTrust();
    const otherViewer = await createMemberContext(other, 'viewer');

    await expect(compareYears(otherViewer, 2024, 2025, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getMaturityHistory(otherViewer, NOW)).years).toEqual([]);
  });
});

describe('board summary', () => {
  it('lists domains that moved level, questions that went backwards, overdue and off-track objectives, and open challenges', async () => {
    await storedAssessment(trust, 2023, allAnswered('yes'));
    await storedAssessment(trust, 2024, { ...allAnswered('no'), '1.1': 'yes', '1.2': 'yes', '1.3': 'yes', '1.4': 'yes' });
    const latest = { ...allAnswered('no'), '1.1': 'yes', '1.2': 'partial', '1.3': 'yes', '2.1': 'partial' } as const;
    await storedAssessment(trust, 2025, Object.fromEntries(Object.entries(latest).filter(([ref]) => ref !== '4.1')));
    await storedAssessment(trust, 2026, allAnswered('yes'), { status: 'draft' });
    await storedObjective(trust, 2025, { title: 'Overdue one', currentStatus: 'on_track', dueDate: '2026-03-31' });
    await storedObjective(trust, 2026, { title: 'Off track one', currentStatus: 'off_track', dueDate: '2027-03-31' });
    await storedObjective(trust, 2025, { title: 'Done', currentStatus: 'complete', dueDate: '2026-03-31' });
    await storedObjective(trust, 2026, { title: 'Fine', currentStatus: 'on_track', dueDate: '2027-03-31' });

    const summary = await getBoardSummary(viewer, NOW);

    expect([summary.previous?.financialYearLabel, summary.latest?.financialYearLabel]).toEqual(['2024/25', '2025/26']);
    expect(summary.domainsThatMoved.map((domain) => [domain.domain, domain.from.maturity, domain.to.maturity])).toEqual([
      [1, 'thriving', 'maturing'],
      [2, 'not-started', 'emerging'],
    ]);
    expect(summary.questionsBackwards.map((question) => [question.ref, question.change])).toEqual([
      ['1.2', 'worse'],
      ['1.4', 'worse'],
      ['4.1', 'no-longer-answered'],
    ]);
    expect(summary.objectivesNeedingAttention.map((objective) => [objective.title, objective.isOverdue, objective.isOffTrack])).toEqual([
      ['Overdue one', true, false],
      ['Off track one', false, true],
    ]);
    expect(summary.openChallenges).toEqual([]);
  });
});
