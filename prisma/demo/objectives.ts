import type { Tx } from '../../lib/db/with-tenant';
import type { DemoTrustKey } from './accounts';

type DemoUpdate = Readonly<{ date: string; status: 'not_started' | 'on_track' | 'at_risk' | 'off_track' | 'complete' | 'deferred'; value?: number; narrative?: string }>;
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
      key: 'exec-lead-2025', year: 2025, ref: '3.4', questionRef: '3.2', domain: 3,
      title: 'Name a board-level executive lead for health inequalities',
      description: 'Agree the role, add it to one executive portfolio and tell staff who holds it.',
      measure: 'Executive lead named in the board’s scheme of delegation', baseline: 0, target: 1, unit: 'named lead',
      breakdowns: ['deprivation'], resources: 'Chief executive and company secretary time', dependencies: 'None',
      ownerJob: jobs.lead, dueDate: '2025-09-30',
      updates: [{ date: '2025-06-30', status: 'on_track', value: 0 }, { date: '2025-09-15', status: 'complete', value: 1 }],
    },
    {
      key: 'ethnicity-2025', year: 2025, ref: '9.3', questionRef: '2.1', domain: 2,
      title: 'Record patients’ ethnicity more completely',
      description: 'Set a baseline and targets, fix the forms that leave ethnicity blank, and train reception staff.',
      measure: 'Outpatient attendances with ethnicity recorded', baseline: 78, target: 95, unit: '%',
      breakdowns: ['ethnicity', 'deprivation', 'age'], resources: 'Two data-quality officers for a year', dependencies: 'Patient record system change request',
      ownerJob: jobs.data, dueDate: '2026-03-31',
      updates: [{ date: '2025-07-31', status: 'on_track', value: 81 }, { date: '2026-01-31', status: 'off_track', value: 84, narrative: 'The system change slipped to the next release, so the forms still allow a blank answer.' }],
    },
    {
      key: 'ethnicity-2026', year: 2026, ref: '9.3', questionRef: '2.1', domain: 2, carriedFrom: 'ethnicity-2025',
      title: 'Record patients’ ethnicity more completely',
      description: 'Finish the form changes carried over from last year and report progress by service each quarter.',
      measure: 'Outpatient attendances with ethnicity recorded', baseline: 84, target: 95, unit: '%',
      breakdowns: ['ethnicity', 'deprivation', 'age'], resources: 'Two data-quality officers for a year', dependencies: 'Patient record system release in June',
      ownerJob: jobs.data, dueDate: '2027-03-31',
      updates: [{ date: '2026-07-31', status: 'on_track', value: 88 }],
    },
    {
      key: 'board-data-2026', year: 2026, ref: '3.9', questionRef: '2.2', domain: 2,
      title: 'Report performance to the board by ethnicity and deprivation',
      description: 'Add breakdowns by ethnicity and deprivation to the integrated performance report, starting with waiting lists.',
      measure: 'Performance report measures shown by ethnicity and deprivation', baseline: 10, target: 60, unit: '%',
      breakdowns: ['deprivation', 'ethnicity', 'age', 'sex'], resources: 'Business intelligence team, one analyst for six months', dependencies: 'Ethnicity recording above 90%',
      ownerJob: jobs.data, dueDate: '2026-10-31',
      updates: [{ date: '2026-09-30', status: 'at_risk', value: 30, narrative: 'Analyst post vacant since August; recruitment under way.' }],
    },
    {
      key: 'training-2026', year: 2026, ref: '3.5', questionRef: '1.1', domain: 1,
      title: 'Give every board member training on health inequalities this year',
      description: 'Run a board development session with the local public health team and add it to induction.',
      measure: 'Board members who have completed the training', baseline: 4, target: 14, unit: 'board members',
      breakdowns: ['deprivation', 'ethnicity'], resources: 'Public health consultant time; board development budget', dependencies: 'A date in the board development programme',
      ownerJob: jobs.lead, dueDate: '2027-02-28',
      updates: [{ date: '2026-10-15', status: 'on_track', value: 9 }],
    },
    {
      key: 'staff-2026', year: 2026, ref: '5.8', questionRef: '3.8', domain: 3,
      title: 'Understand the health inequalities our own staff face',
      description: 'Analyse sickness absence and staff survey results by pay band, ethnicity and deprivation, and agree actions.',
      measure: 'Staff groups with an agreed action plan', baseline: 0, target: 5, unit: 'staff groups',
      breakdowns: ['ethnicity', 'deprivation', 'age', 'sex'], resources: 'Workforce information team', dependencies: 'Staff survey results in March',
      ownerJob: jobs.people, dueDate: '2027-03-31',
      updates: [],
    },
  ];
}

const JOBS: Record<DemoTrustKey, { data: string; lead: string; people: string }> = {
  northfield: { data: 'Chief Digital and Information Officer', lead: 'Chief Medical Officer', people: 'Chief People Officer' },
  southmoor: { data: 'Director of Digital and Performance', lead: 'Director of Nursing and Public Health', people: 'Director of People' },
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Agreed objectives with owners and progress, so the board overview, reminders and reports have content. */
export async function seedDemoObjectives(tx: Tx, trustId: string, key: DemoTrustKey, leadUserId: string): Promise<void> {
  const board = await tx.boardMember.findMany({ where: { trustId } });
  const ids = new Map<string, string>();
  for (const objective of objectivesFor(JOBS[key])) {
    const owner = board.find((member) => member.jobTitle === objective.ownerJob);
    if (!owner) throw new Error(`Demo data: no board member is ${objective.ownerJob}`);
    const created = await tx.objective.create({
      data: {
        trustId, financialYear: objective.year, source: 'suggestion', catalogueRefs: [objective.ref], questionRefs: [objective.questionRef],
        domains: [objective.domain], title: objective.title, description: objective.description, measure: objective.measure,
        baseline: objective.baseline, target: objective.target, unit: objective.unit, breakdowns: [...objective.breakdowns],
        resources: objective.resources, dependencies: objective.dependencies, startDate: day(`${objective.year}-04-01`),
        dueDate: day(objective.dueDate), ownerId: owner.id, committee: COMMITTEE, agreedAt: day(`${objective.year}-05-10`),
        agreedById: leadUserId, createdById: leadUserId, updatedById: leadUserId,
        carriedFromId: objective.carriedFrom ? ids.get(objective.carriedFrom) : undefined,
      },
    });
    ids.set(objective.key, created.id);
    await tx.objectiveOwnerChange.create({
      data: { trustId, objectiveId: created.id, toOwnerId: owner.id, reason: 'First owner', changedAt: day(`${objective.year}-05-10`), changedById: leadUserId },
    });
    for (const update of objective.updates) {
      await tx.progressUpdate.create({
        data: { trustId, objectiveId: created.id, date: day(update.date), status: update.status, measureValue: update.value, narrative: update.narrative ?? '', createdById: leadUserId },
      });
    }
    // Set last: a completed objective takes no further updates.
    const latest = objective.updates.at(-1);
    if (latest) await tx.objective.update({ where: { id: created.id }, data: { currentStatus: latest.status } });
  }
}
