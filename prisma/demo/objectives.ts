import type { Tx } from '../../lib/db/with-tenant';
import type { DemoTrustKey } from './accounts';

type DemoUpdate = Readonly<{
  date: string;
  status: 'not_started' | 'on_track' | 'at_risk' | 'off_track' | 'complete' | 'deferred';
  value?: number;
  narrative?: string;
}>;
type DemoObjective = Readonly<{
  key: string;
  year: number;
  ref: string;
  questionRef: string;
  domain: number;
  title: string;
  description: string;
  measure: string;
  baseline: number;
  target: number;
  unit: string;
  breakdowns: readonly ('deprivation' | 'ethnicity' | 'age' | 'sex')[];
  /** False for a measure that counts no patients or local people (a board report), which needs no breakdowns. */
  countsPeople?: boolean;
  direction?: 'higher_is_better' | 'lower_is_better';
  /** The owner's answer; accepted two days after agreement unless said otherwise. */
  acceptance?: 'pending' | 'change_requested';
  changeRequest?: string;
  resources: string;
  dependencies: string;
  ownerJob: string;
  dueDate: string;
  carriedFrom?: string;
  updates: readonly DemoUpdate[];
}>;

const COMMITTEE = 'Quality and Health Inequalities Committee';

/** A small, believable set: last year's objectives (one finished, one carried on) and this year's. */
function objectivesFor(jobs: { data: string; lead: string; people: string }): DemoObjective[] {
  return [
    {
      // Both demo trusts had already named an executive lead (yes to 3.2); their gap was oversight (3.5).
      key: 'board-reports-2025',
      year: 2025,
      ref: '4.3',
      questionRef: '3.5',
      domain: 3,
      title: 'Bring a health inequalities report to the board twice a year',
      description: 'Set up the oversight group, agree what the report covers and put it on the board’s forward plan for September and March.',
      measure: 'Health inequalities reports received by the board in the year',
      baseline: 0,
      target: 2,
      unit: 'board reports',
      countsPeople: false,
      breakdowns: [],
      resources: 'Executive lead and company secretary time',
      dependencies: 'None',
      ownerJob: jobs.lead,
      dueDate: '2026-03-31',
      updates: [
        { date: '2025-09-30', status: 'on_track', value: 1 },
        { date: '2026-03-26', status: 'complete', value: 2 },
      ],
    },
    {
      key: 'ethnicity-2025',
      year: 2025,
      ref: '9.3',
      questionRef: '2.1',
      domain: 2,
      title: 'Record patients’ ethnicity more completely',
      description: 'Set a baseline and targets, fix the forms that leave ethnicity blank, and train reception staff.',
      measure: 'Outpatient attendances with ethnicity recorded',
      baseline: 78,
      target: 95,
      unit: '%',
      breakdowns: ['ethnicity', 'deprivation', 'age'],
      resources: 'Two data-quality officers for a year',
      dependencies: 'Patient record system change request',
      ownerJob: jobs.data,
      dueDate: '2026-03-31',
      updates: [
        { date: '2025-07-31', status: 'on_track', value: 81 },
        {
          date: '2026-01-31',
          status: 'off_track',
          value: 84,
          narrative: 'The system change slipped to the next release, so the forms still allow a blank answer.',
        },
      ],
    },
    {
      key: 'ethnicity-2026',
      year: 2026,
      ref: '9.3',
      questionRef: '2.1',
      domain: 2,
      carriedFrom: 'ethnicity-2025',
      title: 'Record patients’ ethnicity more completely',
      description: 'Finish the form changes carried over from last year and report progress by service each quarter.',
      measure: 'Outpatient attendances with ethnicity recorded',
      baseline: 84,
      target: 95,
      unit: '%',
      breakdowns: ['ethnicity', 'deprivation', 'age'],
      resources: 'Two data-quality officers for a year',
      dependencies: 'Patient record system release in June',
      ownerJob: jobs.data,
      dueDate: '2027-03-31',
      updates: [{ date: '2026-07-31', status: 'on_track', value: 88 }],
    },
    {
      key: 'board-data-2026',
      year: 2026,
      ref: '3.9',
      questionRef: '2.2',
      domain: 2,
      title: 'Report performance to the board by ethnicity and deprivation',
      description: 'Add breakdowns by ethnicity and deprivation to the integrated performance report, starting with waiting lists.',
      measure: 'Performance report measures shown by ethnicity and deprivation',
      baseline: 10,
      target: 60,
      unit: '%',
      breakdowns: ['deprivation', 'ethnicity', 'age', 'sex'],
      resources: 'Business intelligence team, one analyst for six months',
      dependencies: 'Ethnicity recording above 90%',
      ownerJob: jobs.data,
      dueDate: '2026-10-31',
      acceptance: 'change_requested',
      changeRequest: 'Move the due date to March 2027: the analyst post has been vacant since August.',
      updates: [{ date: '2026-09-30', status: 'at_risk', value: 30, narrative: 'Analyst post vacant since August; recruitment under way.' }],
    },
    {
      key: 'training-2026',
      year: 2026,
      ref: '3.5',
      questionRef: '1.1',
      domain: 1,
      title: 'Give every board member training on health inequalities this year',
      description: 'Run a board development session with the local public health team and add it to induction.',
      measure: 'Board members who have completed the training',
      baseline: 4,
      target: 14,
      unit: 'board members',
      breakdowns: ['deprivation', 'ethnicity'],
      resources: 'Public health consultant time; board development budget',
      dependencies: 'A date in the board development programme',
      ownerJob: jobs.lead,
      dueDate: '2027-02-28',
      updates: [{ date: '2026-10-15', status: 'on_track', value: 9 }],
    },
    {
      key: 'staff-2026',
      year: 2026,
      ref: '5.8',
      questionRef: '3.8',
      domain: 3,
      title: 'Understand the health inequalities our own staff face',
      description: 'Analyse sickness absence and staff survey results by pay band, ethnicity and deprivation, and agree actions.',
      measure: 'Staff groups with an agreed action plan',
      baseline: 0,
      target: 5,
      unit: 'staff groups',
      breakdowns: ['ethnicity', 'deprivation', 'age', 'sex'],
      resources: 'Workforce information team',
      dependencies: 'Staff survey results in March',
      ownerJob: jobs.people,
      dueDate: '2027-03-31',
      acceptance: 'pending',
      updates: [],
    },
  ];
}

const JOBS: Record<DemoTrustKey, { data: string; lead: string; people: string }> = {
  northfield: { data: 'Chief Digital and Information Officer', lead: 'Chief Medical Officer', people: 'Chief People Officer' },
  southmoor: { data: 'Director of Digital and Performance', lead: 'Director of Nursing and Public Health', people: 'Director of People' },
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An owner without an account cannot answer, so their objective waits for them. */
function acceptanceOf(objective: DemoObjective, ownerUserId: string | null) {
  const answer: 'pending' | 'accepted' | 'change_requested' = ownerUserId === null ? 'pending' : (objective.acceptance ?? 'accepted');
  if (answer === 'pending' || ownerUserId === null) return { acceptance: 'pending' as const };
  return { acceptance: answer, acceptanceAt: day(`${objective.year}-05-12`), acceptanceById: ownerUserId, changeRequest: objective.changeRequest ?? '' };
}

/** Agreed objectives with owners and progress, so the board overview, reminders and reports have content. */
export async function seedDemoObjectives(tx: Tx, trustId: string, key: DemoTrustKey, leadUserId: string): Promise<void> {
  const board = await tx.boardMember.findMany({ where: { trustId } });
  const ids = new Map<string, string>();
  for (const objective of objectivesFor(JOBS[key])) {
    const owner = board.find((member) => member.jobTitle === objective.ownerJob);
    if (!owner) throw new Error(`Demo data: no board member is ${objective.ownerJob}`);
    const created = await tx.objective.create({
      data: {
        trustId,
        financialYear: objective.year,
        source: 'suggestion',
        catalogueRefs: [objective.ref],
        questionRefs: [objective.questionRef],
        domains: [objective.domain],
        title: objective.title,
        description: objective.description,
        measure: objective.measure,
        baseline: objective.baseline,
        target: objective.target,
        unit: objective.unit,
        breakdowns: [...objective.breakdowns],
        resources: objective.resources,
        dependencies: objective.dependencies,
        startDate: day(`${objective.year}-04-01`),
        dueDate: day(objective.dueDate),
        ownerId: owner.id,
        committee: COMMITTEE,
        agreedAt: day(`${objective.year}-05-10`),
        agreedById: leadUserId,
        createdById: leadUserId,
        updatedById: leadUserId,
        countsPeople: objective.countsPeople ?? true,
        direction: objective.direction ?? 'higher_is_better',
        agreedTarget: objective.target,
        agreedDueDate: day(objective.dueDate),
        ...acceptanceOf(objective, owner.userId),
        carriedFromId: objective.carriedFrom ? ids.get(objective.carriedFrom) : undefined,
      },
    });
    ids.set(objective.key, created.id);
    await tx.objectiveOwnerChange.create({
      data: {
        trustId,
        objectiveId: created.id,
        toOwnerId: owner.id,
        reason: 'First owner',
        changedAt: day(`${objective.year}-05-10`),
        changedById: leadUserId,
      },
    });
    for (const update of objective.updates) {
      await tx.progressUpdate.create({
        data: {
          trustId,
          objectiveId: created.id,
          date: day(update.date),
          status: update.status,
          measureValue: update.value,
          narrative: update.narrative ?? '',
          createdById: leadUserId,
        },
      });
    }
    // Set last: a completed objective takes no further updates.
    const latest = objective.updates.at(-1);
    if (latest) await tx.objective.update({ where: { id: created.id }, data: { currentStatus: latest.status } });
  }
}
