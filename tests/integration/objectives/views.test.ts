import { beforeEach, describe, expect, it } from 'vitest';
import { saveAnswers, everyAnswer } from '../assessments/assessment-fixtures';
import { startAssessment } from '../../../lib/assessments/mutations';
import { objectivesToCsv } from '../../../lib/objectives/csv-export';
import { createObjective } from '../../../lib/objectives/mutations';
import { assignOwner } from '../../../lib/objectives/owner-mutations';
import { getOwnerStatement } from '../../../lib/objectives/owner-statement';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { listAllObjectives, listMyObjectives, listObjectives } from '../../../lib/objectives/queries';
import { listSuggestionsFromLatestAssessment } from '../../../lib/objectives/suggestions';
import { MEMBER_ROLES } from '../../../lib/tenancy/roles';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { NOW, agreedObjective, boardOf, parseCreate, parseProgress, smartForm } from './objective-fixtures';

let trust: TestTrust;
let board: Awaited<ReturnType<typeof boardOf>>;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  board = await boardOf(trust);
});

/** Three objectives for 2026/27: one overdue, one at risk, one a draft with no owner. */
async function boardYear() {
  const overdue = await agreedObjective(board.lead, board.directorMember.id, {
    title: 'Overdue objective',
    startDate: '2026-04-01',
    dueDate: '2026-05-31',
    questionRefs: [],
  });
  const atRisk = await agreedObjective(board.lead, board.leadMember.id, {
    title: 'At-risk objective',
    catalogueRefs: ['9.8'],
    questionRefs: [],
    dueDate: '2026-12-31',
  });
  await recordProgress(
    board.lead,
    parseProgress({ objectiveId: atRisk, date: '2026-06-01', status: 'at_risk', narrative: 'Partners have paused the shared dataset.' }),
    NOW,
  );
  const { id: draft } = await createObjective(board.lead, parseCreate({ financialYear: '2026', source: 'own', title: 'Draft objective', domains: ['1'] }), NOW);
  return { overdue, atRisk, draft };
}

describe('the board overview', () => {
  it('lists a year’s objectives with overdue ones first, and counts them', async () => {
    const { overdue, atRisk, draft } = await boardYear();
    await createObjective(board.lead, parseCreate(smartForm(null, { financialYear: '2025', title: 'Last year' })), NOW);

    const overview = await listObjectives(board.ned, { year: 2026 }, NOW);

    expect(overview.objectives.map((objective) => objective.id)).toEqual([overdue, atRisk, draft]);
    expect(overview.objectives[0]).toMatchObject({ isOverdue: true, currentStatus: 'not_started' });
    expect(overview.counts).toEqual({
      total: 3,
      agreed: 2,
      overdue: 1,
      notAccepted: 2,
      needAttention: 1,
      byStatus: { not_started: 2, on_track: 0, at_risk: 1, off_track: 0, complete: 0, deferred: 0 },
    });
    expect(overview.groups).toBeNull();
  });

  it('groups by domain, by owner and by status with the overdue group first', async () => {
    const { overdue, atRisk, draft } = await boardYear();

    const byDomain = await listObjectives(board.lead, { year: 2026, groupBy: 'domain' }, NOW);
    expect(byDomain.groups?.map((group) => [group.key, group.objectives.map((objective) => objective.id)])).toEqual([
      ['domain-1', [draft]],
      ['domain-2', []],
      ['domain-3', [overdue]],
      ['domain-4', [atRisk]],
    ]);

    const byOwner = await listObjectives(board.lead, { year: 2026, groupBy: 'owner' }, NOW);
    expect(byOwner.groups?.map((group) => [group.label, group.objectives.length])).toEqual([
      ['Dana Director, Director of Examples', 1],
      ['Lee Lead, Director of Examples', 1],
      ['No owner yet', 1],
    ]);

    const byStatus = await listObjectives(board.lead, { year: 2026, groupBy: 'status' }, NOW);
    expect(
      byStatus.groups?.filter((group) => group.objectives.length > 0).map((group) => [group.label, group.objectives.map((objective) => objective.id)]),
    ).toEqual([
      ['Overdue', [overdue]],
      ['Not started', [draft]],
      ['At risk', [atRisk]],
    ]);
  });

  it('is readable by every role', async () => {
    await boardYear();
    for (const role of MEMBER_ROLES) expect((await listObjectives(await createMemberContext(trust, role), { year: 2026 }, NOW)).counts.total).toBe(3);
  });
});

describe('my objectives and the appraisal statement', () => {
  it('shows a signed-in owner their own objectives only', async () => {
    const { overdue } = await boardYear();
    expect((await listMyObjectives(board.director, NOW)).map((objective) => objective.id)).toEqual([overdue]);
    expect(await listMyObjectives(board.admin, NOW)).toEqual([]);
  });

  it('prints one executive’s objectives with their progress, and those handed on during the year', async () => {
    const { overdue, atRisk } = await boardYear();
    const successor = await createTestBoardMember(trust, { name: 'Sam Successor' });
    await assignOwner(board.lead, { objectiveId: atRisk, ownerId: successor.id, reason: 'Lee moves to a national role' }, NOW);
    const statement = await getOwnerStatement(board.ned, board.leadMember.id, 2026, NOW);

    expect(statement).toMatchObject({
      trustName: trust.name,
      financialYearLabel: '2026/27',
      boardMember: { name: 'Lee Lead', roleAreas: ['executive-lead'] },
      objectives: [],
      counts: { total: 0 },
    });
    expect(statement.handedOver).toEqual([
      expect.objectContaining({ objectiveId: atRisk, to: expect.objectContaining({ name: 'Sam Successor' }), reason: 'Lee moves to a national role' }),
    ]);

    const successorStatement = await getOwnerStatement(board.lead, successor.id, 2026, NOW);
    expect(successorStatement.objectives).toEqual([expect.objectContaining({ id: atRisk, progressUpdates: [expect.objectContaining({ status: 'at_risk' })] })]);
    expect((await getOwnerStatement(board.lead, board.directorMember.id, 2026, NOW)).objectives.map((objective) => objective.id)).toEqual([overdue]);
    await expect(getOwnerStatement(board.lead, 'not-an-id', 2026, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('suggestions from the latest assessment', () => {
  it('lists what the latest assessment suggests, marking those already made into objectives', async () => {
    expect(await listSuggestionsFromLatestAssessment(board.lead)).toEqual({ assessment: null, domains: [], suggestions: [], priorities: [] });
    const { id: assessmentId } = await startAssessment(board.lead, { financialYear: 2026 }, NOW);
    await saveAnswers(board.lead, assessmentId, everyAnswer('no'));
    await createObjective(board.lead, parseCreate({ financialYear: '2026', source: 'suggestion', catalogueRefs: ['3.4'] }), NOW);

    const suggestions = await listSuggestionsFromLatestAssessment(board.ned);

    expect(suggestions.assessment).toMatchObject({ id: assessmentId, financialYearLabel: '2026/27', status: 'draft' });
    // Every domain is "not started", so the guide's minimum sets are suggested.
    expect(suggestions.suggestions.map((suggestion) => suggestion.ref)).toEqual(['3.4', '3.5', '3.9', '4.7', '6.1', '9.3', '9.8']);
    expect(suggestions.suggestions.filter((suggestion) => suggestion.isTaken).map((suggestion) => suggestion.ref)).toEqual(['3.4']);
    expect(suggestions.domains.map((domain) => domain.suggestions.length)).toEqual([2, 2, 2, 1]);
    expect(suggestions.domains[0]?.suggestions.map((suggestion) => suggestion.reason)).toEqual([{ kind: 'not-started' }, { kind: 'not-started' }]);
    // Not started everywhere: the guide's six priorities are listed beside the suggestions.
    expect(suggestions.priorities.map(({ ref, isSuggested, isTaken }) => [ref, isSuggested, isTaken])).toEqual([
      ['3.4', true, true],
      ['3.5', true, false],
      ['3.9', true, false],
      ['4.7', true, false],
      ['6.1', true, false],
      ['9.3', true, false],
    ]);
  });

  it('name the question behind each suggestion, and leave out the guide’s priorities once no domain is at an early stage', async () => {
    const { id: assessmentId } = await startAssessment(board.lead, { financialYear: 2026 }, NOW);
    await saveAnswers(board.lead, assessmentId, everyAnswer('partial'));
    const suggestions = await listSuggestionsFromLatestAssessment(board.ned);
    expect(suggestions.domains.map((domain) => domain.maturity)).toEqual(['maturing', 'maturing', 'developing', 'maturing']);
    expect(suggestions.priorities).toEqual([]);
    // 3.10 belongs to the catalogue's domain 3 and is suggested under domain 2 by question 2.2.
    const fromDataDomain = suggestions.domains[1]?.suggestions.find((suggestion) => suggestion.ref === '3.10');
    expect(fromDataDomain).toMatchObject({ domain: 3, reason: { kind: 'answers', questionRefs: ['2.2'] } });
  });
});

describe('CSV export of every objective', () => {
  it('writes every year’s objectives, newest year first, with a BOM and escaped formulas', async () => {
    await boardYear();
    await createObjective(board.lead, parseCreate(smartForm(null, { financialYear: '2025', title: '=HYPERLINK("http://evil")' })), NOW);

    const csv = objectivesToCsv(await listAllObjectives(board.ned, NOW));

    expect(csv.startsWith('\uFEFFFinancial year,Title,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[1]).toMatch(/^2026\/27,Overdue objective,/);
    expect(lines[4]).toMatch(/^2025\/26,"'=HYPERLINK\(""http:\/\/evil""\)",/);
  });
});
