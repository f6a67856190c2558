import type { Prisma } from '../../lib/db/generated/client';
import type { AssuranceLevel, ChallengeMessageKind, ChallengeStatus } from '../../lib/db/generated/enums';
import { DOMAIN_NUMBERS } from '../../lib/catalogue/domains';
import type { SeededRandom } from './random';

export type ScaleReviewRows = Readonly<{
  challenges: Prisma.ChallengeCreateManyInput[];
  challengeMessages: Prisma.ChallengeMessageCreateManyInput[];
  judgements: Prisma.AssuranceJudgementCreateManyInput[];
}>;

type ReviewInput = Readonly<{
  trustId: string;
  leadUserId: string;
  memberships: readonly Readonly<{ userId: string; role: string }>[];
  assessments: readonly Readonly<{ id: string; financialYear: number }>[];
  objectives: readonly Readonly<{ id: string; financialYear: number }>[];
  answers: readonly Readonly<{ assessmentId: string; questionRef: string }>[];
}>;

const QUESTIONS_ASKED = [
  'What evidence did the board see before this answer was agreed?',
  'This looks generous compared with what the committee heard in the autumn. What has changed?',
  'Who is accountable for moving this forward, and when will the board next hear about it?',
  'How do we know this is working for the communities with the worst outcomes?',
] as const;
const RESPONSES = [
  'The committee papers from September set out the evidence; they are linked from the answer.',
  'The data now covers every directorate, which it did not last year. The next report comes to the board in the spring.',
  'The executive lead owns it, with a quarterly update to the Quality and Health Inequalities Committee.',
] as const;
const REASONS: Readonly<Record<AssuranceLevel, string>> = {
  assured: 'The committee has seen regular reports with data broken down by deprivation and ethnicity.',
  partially_assured: 'Reports have started, but they do not yet cover every service or show results over time.',
  not_assured: 'The board has not yet seen evidence that this is in place beyond a single pilot.',
};

const atDay = (base: Date, days: number) => new Date(base.getTime() + days * 86_400_000);

/** The kinds of a thread's messages: raised, then answered, asked again or closed along the way. */
function threadKinds(random: SeededRandom): ChallengeMessageKind[] {
  const kinds: ChallengeMessageKind[] = ['raise'];
  if (!random.chance(0.85)) return kinds;
  kinds.push('response');
  if (random.chance(0.3)) {
    kinds.push('raise');
    if (random.chance(0.7)) kinds.push('response');
  }
  if (kinds.at(-1) === 'response' && random.chance(0.6)) kinds.push('close');
  return kinds;
}

/**
 * Non-executive directors' challenges (three to eight a year, on answers, domain results and
 * objectives, with their threads) and assurance judgements (each NED judges most domains each year).
 */
export function buildReview(random: SeededRandom, input: ReviewInput): ScaleReviewRows {
  const { trustId, leadUserId } = input;
  const neds = input.memberships.filter((membership) => membership.role === 'non_executive_director').map((membership) => membership.userId);
  const years = [...new Set([...input.assessments, ...input.objectives].map((row) => row.financialYear))].sort();
  const challenges: Prisma.ChallengeCreateManyInput[] = [];
  const challengeMessages: Prisma.ChallengeMessageCreateManyInput[] = [];
  for (const year of years) {
    const assessment = input.assessments.find((row) => row.financialYear === year);
    const objectives = input.objectives.filter((row) => row.financialYear === year);
    for (let count = random.int(3, 8); count > 0; count -= 1) {
      const id = random.uuid();
      const raisedBy = random.pick(neds);
      const kind = assessment && (objectives.length === 0 || random.chance(0.6)) ? (random.chance(0.7) ? 'answer' : 'domain') : 'objective';
      const target =
        kind === 'answer'
          ? { assessmentId: assessment!.id, questionRef: random.pick(input.answers.filter((answer) => answer.assessmentId === assessment!.id)).questionRef }
          : kind === 'domain'
            ? { assessmentId: assessment!.id, domain: random.pick(DOMAIN_NUMBERS) }
            : { objectiveId: random.pick(objectives).id };
      const raisedAt = new Date(Date.UTC(kind === 'objective' ? year : year + 1, kind === 'objective' ? random.int(6, 10) : 1, random.int(1, 20), 10));
      const kinds = threadKinds(random);
      const text = random.pick(QUESTIONS_ASKED);
      const closed = kinds.at(-1) === 'close';
      const closedAt = atDay(raisedAt, (kinds.length - 1) * 4);
      const status: ChallengeStatus = closed ? 'closed' : kinds.at(-1) === 'response' ? 'answered' : 'open';
      challenges.push({
        id,
        trustId,
        financialYear: year,
        targetKind: kind,
        ...target,
        text,
        status,
        raisedById: raisedBy,
        closedAt: closed ? closedAt : null,
        closedById: closed ? raisedBy : null,
        version: kinds.length,
        createdAt: raisedAt,
        updatedAt: closedAt,
      });
      kinds.forEach((messageKind, index) => {
        const body =
          messageKind === 'response'
            ? random.pick(RESPONSES)
            : messageKind === 'close'
              ? ''
              : index === 0
                ? text
                : 'Thank you. Can the committee see the figures by ethnicity as well?';
        challengeMessages.push({
          id: random.uuid(),
          trustId,
          challengeId: id,
          kind: messageKind,
          authorId: messageKind === 'response' ? leadUserId : raisedBy,
          body,
          createdAt: atDay(raisedAt, index * 4),
        });
      });
    }
  }
  const judgements: Prisma.AssuranceJudgementCreateManyInput[] = [];
  for (const assessment of input.assessments) {
    for (const ned of neds) {
      for (const domain of DOMAIN_NUMBERS) {
        if (!random.chance(0.7)) continue;
        const level = random.pick<AssuranceLevel>(['assured', 'partially_assured', 'partially_assured', 'not_assured']);
        judgements.push({
          id: random.uuid(),
          trustId,
          financialYear: assessment.financialYear,
          domain,
          nedUserId: ned,
          level,
          reason: REASONS[level],
          createdAt: new Date(Date.UTC(assessment.financialYear + 1, 2, random.int(1, 28))),
        });
      }
    }
  }
  return { challenges, challengeMessages, judgements };
}
