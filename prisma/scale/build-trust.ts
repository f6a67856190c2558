import type { Prisma } from '../../lib/db/generated/client';
import type { TrustType } from '../../lib/db/generated/enums';
import type { MemberRole } from '../../lib/tenancy/roles';
import type { RoleAreaId } from '../../lib/catalogue/role-areas';
import { QUESTION_BANK_VERSION, QUESTIONS } from '../../lib/assessments/question-bank';
import { demoAnswerValue, demoEvidenceNote } from '../demo/assessments';
import { peerAnswerLetters } from '../demo/peer-trusts';
import { personName, REGIONS, TRUST_TYPE_WEIGHTS, trustName } from './names';
import { SeededRandom, trustSeed } from './random';
import { buildObjectives, type ScaleObjectiveRows } from './build-objectives';
import { buildReview, type ScaleReviewRows } from './build-review';
import { buildIndicators, type ScaleIndicatorRows } from './build-indicators';

/** What one scale trust is made of. Every id is chosen here, so parents and children go in as batches. */
export type ScaleOptions = Readonly<{ years: number; latestYear: number; seed: number }>;

type ScaleBoardMember = Prisma.BoardMemberCreateManyInput & { id: string; isExecutive: boolean; roleAreas: string[]; userId: string | null };

export type ScaleTrustRows = Readonly<{
  trust: Prisma.TrustCreateManyInput & { id: string; slug: string };
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  boardMembers: ScaleBoardMember[];
  assessments: (Prisma.AssessmentCreateManyInput & { id: string; financialYear: number })[];
  answers: Prisma.AssessmentAnswerCreateManyInput[];
}> &
  ScaleObjectiveRows &
  ScaleReviewRows &
  ScaleIndicatorRows;

const SCALE_SLUG_PREFIX = 'scale-';
const SCALE_EMAIL_DOMAIN = 'scale.fairboard.test';

export function scaleTrustSlug(trustNumber: number): string {
  return `${SCALE_SLUG_PREFIX}${String(trustNumber).padStart(4, '0')}`;
}

/**
 * Fifteen members per trust, as a board with its secretariat: chair and four NEDs, the chief
 * executive, the executive lead and four more executives, the company secretary, an administrator
 * and two viewers. The role areas let objectives go to the right owner.
 */
const SEATS: readonly Readonly<{ role: MemberRole; isChair?: boolean; jobTitle: string; roleAreas: readonly RoleAreaId[]; onBoard: boolean }>[] = [
  { role: 'non_executive_director', isChair: true, jobTitle: 'Chair', roleAreas: ['chair'], onBoard: true },
  ...[1, 2, 3, 4].map(() => ({
    role: 'non_executive_director' as const,
    jobTitle: 'Non-executive director',
    roleAreas: ['non-executive-directors'] as const,
    onBoard: true,
  })),
  { role: 'executive_director', jobTitle: 'Chief Executive', roleAreas: ['chief-executive'], onBoard: true },
  { role: 'executive_lead', jobTitle: 'Chief Nursing Officer', roleAreas: ['executive-lead', 'clinical-quality-research'], onBoard: true },
  { role: 'executive_director', jobTitle: 'Chief People Officer', roleAreas: ['people'], onBoard: true },
  { role: 'executive_director', jobTitle: 'Director of Strategy and Finance', roleAreas: ['strategy', 'finance'], onBoard: true },
  { role: 'executive_director', jobTitle: 'Chief Operating Officer', roleAreas: ['operations-delivery'], onBoard: true },
  { role: 'executive_director', jobTitle: 'Chief Digital Information Officer', roleAreas: ['data-digital-information'], onBoard: true },
  { role: 'company_secretary', jobTitle: 'Company Secretary', roleAreas: [], onBoard: false },
  { role: 'trust_admin', jobTitle: 'Governance Officer', roleAreas: [], onBoard: false },
  { role: 'viewer', jobTitle: 'Board Support Officer', roleAreas: [], onBoard: false },
  { role: 'viewer', jobTitle: 'Health Inequalities Programme Manager', roleAreas: [], onBoard: false },
];

function weightedType(random: SeededRandom): TrustType {
  const total = TRUST_TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [type, weight] of TRUST_TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return 'acute';
}

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** Builds every row of scale trust number `trustNumber` (1-based): the same rows for the same options. */
export function buildScaleTrust(trustNumber: number, options: ScaleOptions, passwordHash: string): ScaleTrustRows {
  const random = new SeededRandom(trustSeed(options.seed, trustNumber));
  const slug = scaleTrustSlug(trustNumber);
  const type = weightedType(random);
  const trustId = random.uuid();
  const optedIn = random.chance(0.6);
  const firstYear = options.latestYear - options.years + 1;
  const trust = {
    id: trustId,
    slug,
    name: trustName(trustNumber, type),
    odsCode: `Z${String(trustNumber).padStart(4, '0')}`,
    type,
    region: random.pick(REGIONS),
    icsName: `Integrated Care System ${1 + (trustNumber % 42)}`,
    peerComparisonOptIn: optedIn,
    peerOptInAt: optedIn ? day(firstYear + 1, 5, 1) : null,
  };

  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const boardMembers: ScaleBoardMember[] = [];
  SEATS.forEach((seat, index) => {
    const userId = random.uuid();
    const displayName = personName((items) => random.pick(items));
    users.push({ id: userId, email: `member-${String(index + 1).padStart(2, '0')}.${slug}@${SCALE_EMAIL_DOMAIN}`, displayName, passwordHash });
    memberships.push({ id: random.uuid(), trustId, userId, role: seat.role, isChair: seat.isChair ?? false });
    if (seat.onBoard) {
      boardMembers.push({
        id: random.uuid(),
        trustId,
        name: displayName,
        jobTitle: seat.jobTitle,
        isExecutive: seat.role !== 'non_executive_director',
        roleAreas: [...seat.roleAreas],
        startDate: day(firstYear, 4, 1),
        userId,
      });
    }
  });
  const userOf = (role: MemberRole) => memberships.find((membership) => membership.role === role)!.userId;
  const lead = userOf('executive_lead');
  const secretary = userOf('company_secretary');

  // Each trust starts somewhere between 10% and 50% per domain and mostly improves, as boards do.
  const start = [0, 1, 2, 3].map(() => random.int(10, 50));
  const step = [0, 1, 2, 3].map(() => random.int(-3, 14));
  const assessments: ScaleTrustRows['assessments'] = [];
  const answers: Prisma.AssessmentAnswerCreateManyInput[] = [];
  for (let offset = 0; offset < options.years; offset += 1) {
    const year = firstYear + offset;
    const id = random.uuid();
    const approvalDate = day(year + 1, 2, random.int(5, 25));
    assessments.push({
      id,
      trustId,
      financialYear: year,
      questionBankVersion: QUESTION_BANK_VERSION,
      status: 'approved',
      createdById: lead,
      submittedAt: day(year + 1, 1, random.int(10, 28)),
      submittedById: lead,
      approvedAt: approvalDate,
      approvedById: secretary,
      approvalDate,
      approvalMeetingRef: `Board meeting in public, February ${year + 1}, item ${random.int(4, 12)}`,
    });
    const letters = peerAnswerLetters(
      start.map((percent, domain) => percent + offset * step[domain]!),
      trustNumber + offset,
    );
    QUESTIONS.forEach((question, position) => {
      const letter = letters[position] ?? 'n';
      answers.push({
        id: random.uuid(),
        trustId,
        assessmentId: id,
        questionRef: question.ref,
        value: demoAnswerValue(letter),
        evidenceNote: demoEvidenceNote(letter),
        evidenceLinks: letter === 'y' ? [`https://papers.example.nhs.uk/${slug}/${year}/${question.ref}`] : [],
        updatedById: lead,
      });
    });
  }

  const objectives = buildObjectives(random, { trustId, leadUserId: lead, boardMembers, firstYear: firstYear + 1, years: options.years });
  const review = buildReview(random, { trustId, leadUserId: lead, memberships, assessments, objectives: objectives.objectives, answers });
  const indicators = buildIndicators(random, { trustId, trustType: type, uploaderId: lead, latestYear: options.latestYear });
  return { trust, users, memberships, boardMembers, assessments, answers, ...objectives, ...review, ...indicators };
}
