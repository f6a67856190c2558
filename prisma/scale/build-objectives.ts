import type { Prisma } from '../../lib/db/generated/client';
import type { ObjectiveStatus } from '../../lib/db/generated/enums';
import { CATALOGUE } from '../../lib/catalogue/objectives';
import { QUESTIONS } from '../../lib/assessments/question-bank';
import type { SeededRandom } from './random';

type ObjectiveRow = Prisma.ObjectiveCreateManyInput & { id: string; financialYear: number; currentStatus: ObjectiveStatus };

export type ScaleObjectiveRows = Readonly<{
  objectives: ObjectiveRow[];
  ownerChanges: Prisma.ObjectiveOwnerChangeCreateManyInput[];
  progressUpdates: Prisma.ProgressUpdateCreateManyInput[];
}>;

type Owner = Readonly<{ id: string; isExecutive: boolean; roleAreas: readonly string[] }>;

const COMMITTEES = ['Quality and Health Inequalities Committee', 'People Committee', 'Finance and Performance Committee', 'Audit and Risk Committee'] as const;
const UNITS = ['%', 'board members', 'services', 'staff groups', 'reports'] as const;
const BREAKDOWNS = ['deprivation', 'ethnicity', 'age', 'sex'] as const;
const NARRATIVES = {
  at_risk: 'A key post is vacant and the work has slowed; the executive lead is covering it until recruitment finishes.',
  off_track: 'The system change this depends on has slipped to a later release, so the target will be missed without a new plan.',
} as const;

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

function ownerFor(random: SeededRandom, owners: readonly Owner[], roleArea: string): Owner {
  const matching = owners.filter((owner) => owner.roleAreas.includes(roleArea));
  return matching.length > 0 ? random.pick(matching) : random.pick(owners.filter((owner) => owner.isExecutive));
}

/** How the year ended for one objective, and the statuses on the way there. */
function statusPath(random: SeededRandom, months: number, finished: boolean): ObjectiveStatus[] {
  const path: ObjectiveStatus[] = [];
  let status: ObjectiveStatus = 'on_track';
  for (let month = 0; month < months; month += 1) {
    const roll = random.next();
    if (status === 'on_track' && roll < 0.12) status = 'at_risk';
    else if (status === 'at_risk' && roll < 0.3) status = roll < 0.12 ? 'off_track' : 'on_track';
    else if (status === 'off_track' && roll < 0.25) status = 'at_risk';
    path.push(status);
  }
  if (finished && path.length > 0) path[path.length - 1] = random.chance(0.65) ? 'complete' : random.chance(0.3) ? 'deferred' : path.at(-1)!;
  return path;
}

/**
 * Fifteen to twenty-five agreed objectives a year, each from the guide's catalogue with an owner
 * from the right role area, and a progress update most months. Past years end (most complete,
 * some deferred); the last year is under way to November. A fifth of the unfinished ones are
 * carried into the next year.
 */
export function buildObjectives(
  random: SeededRandom,
  input: Readonly<{ trustId: string; leadUserId: string; boardMembers: readonly Owner[]; firstYear: number; years: number }>,
): ScaleObjectiveRows {
  const { trustId, leadUserId } = input;
  const objectives: ObjectiveRow[] = [];
  const ownerChanges: Prisma.ObjectiveOwnerChangeCreateManyInput[] = [];
  const progressUpdates: Prisma.ProgressUpdateCreateManyInput[] = [];
  let unfinished: Readonly<{ id: string; ref: string }>[] = [];
  for (let offset = 0; offset < input.years; offset += 1) {
    const year = input.firstYear + offset;
    const isCurrent = offset === input.years - 1;
    const count = random.int(15, 25);
    const carried = new Map(unfinished.filter(() => random.chance(0.2)).map((from) => [from.ref, from.id]));
    const refs = [...carried.keys(), ...random.shuffle(CATALOGUE.map((entry) => entry.ref)).filter((ref) => !carried.has(ref))].slice(0, count);
    unfinished = [];
    for (const ref of refs) {
      const entry = CATALOGUE.find((candidate) => candidate.ref === ref)!;
      const question = random.pick(QUESTIONS.filter((candidate) => candidate.domain === entry.domain));
      const owner = ownerFor(random, input.boardMembers, entry.roleArea);
      const unit = random.pick(UNITS);
      const baseline = random.int(0, 60);
      const id = random.uuid();
      const agreedAt = day(year, 5, random.int(1, 28));
      const from = carried.get(ref);
      const objective: ObjectiveRow = {
        id,
        trustId,
        financialYear: year,
        source: random.chance(0.6) ? 'suggestion' : 'catalogue',
        catalogueRefs: [ref],
        questionRefs: [question.ref],
        domains: [entry.domain],
        title: entry.summary.length > 120 ? `${entry.summary.slice(0, 117).trimEnd()}…` : entry.summary,
        description: `${entry.summary} Delivered through the trust’s health inequalities programme, with a report to the committee each quarter.`,
        measure: `Progress against the agreed ${unit === '%' ? 'percentage' : unit}`,
        baseline,
        target: baseline + random.int(5, 40),
        unit,
        breakdowns: random.shuffle(BREAKDOWNS).slice(0, random.int(1, 4)),
        resources: 'Existing teams, with analyst support from business intelligence',
        dependencies: random.chance(0.5) ? 'None' : 'Patient record system changes',
        startDate: day(year, 4, 1),
        dueDate: day(year + 1, 3, 31),
        ownerId: owner.id,
        committee: random.pick(COMMITTEES),
        agreedAt,
        agreedById: leadUserId,
        currentStatus: 'not_started',
        acceptance: 'pending',
        agreedDueDate: day(year + 1, 3, 31),
        carriedFromId: from ?? null,
        createdById: leadUserId,
        updatedById: leadUserId,
        createdAt: agreedAt,
      };
      objective.agreedTarget = objective.target;
      objectives.push(objective);
      ownerChanges.push({
        id: random.uuid(),
        trustId,
        objectiveId: id,
        toOwnerId: owner.id,
        reason: 'First owner',
        changedAt: agreedAt,
        changedById: leadUserId,
      });
      if (random.chance(0.05)) {
        const next = random.pick(input.boardMembers.filter((member) => member.isExecutive && member.id !== owner.id));
        ownerChanges.push({
          id: random.uuid(),
          trustId,
          objectiveId: id,
          fromOwnerId: owner.id,
          toOwnerId: next.id,
          reason: 'Portfolio changed after a board restructure',
          changedAt: day(year, 10, 1),
          changedById: leadUserId,
        });
        objective.ownerId = next.id;
      }
      // Monthly from June; the current year stops in November.
      const months = isCurrent ? 6 : 10;
      const path = statusPath(random, months, !isCurrent).filter(() => random.chance(0.85));
      path.forEach((status, index) => {
        const date = day(year, 6 + index, 28);
        progressUpdates.push({
          id: random.uuid(),
          trustId,
          objectiveId: id,
          date,
          status,
          measureValue: baseline + index * random.int(0, 3),
          narrative: status === 'at_risk' || status === 'off_track' ? NARRATIVES[status] : '',
          createdById: leadUserId,
          createdAt: date,
        });
      });
      objective.currentStatus = path.at(-1) ?? 'not_started';
      if (objective.currentStatus !== 'complete') unfinished.push({ id, ref });
    }
  }
  return { objectives, ownerChanges, progressUpdates };
}
