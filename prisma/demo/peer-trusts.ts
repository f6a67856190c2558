import type { NhsRegion, TrustType } from '../../lib/db/generated/enums';
import type { Tx } from '../../lib/db/with-tenant';
import { QUESTION_BANK_VERSION, QUESTIONS } from '../../lib/assessments/question-bank';
import { DOMAIN_NUMBERS } from '../../lib/catalogue/domains';
import { demoEvidenceNote } from './assessments';

/**
 * Fictional trusts that have opted in to peer comparison, so that the two demo trusts see
 * distributions rather than "not enough trusts". They have no accounts and no board: only two or
 * three approved past self-assessments each. ODS codes start with X, so none is a real trust.
 *
 * With the demo trusts there are 10 acute trusts (5 in the North West) and 10 mental health trusts
 * (5 in the South West) in 2024/25 and 2025/26, so every group either demo trust sees passes the
 * rules in lib/peers/disclosure.ts. Fewer trusts have 2023/24, so that year shows how a group
 * that is too small is withheld.
 */
type PeerTrust = Readonly<{
  slug: string;
  name: string;
  odsCode: string;
  type: TrustType;
  region: NhsRegion;
  icsName: string;
  /** Percentage per domain in the first year, and the change each later year (may be negative). */
  start: readonly [number, number, number, number];
  step: readonly [number, number, number, number];
  years: readonly number[];
}>;

const RECENT = [2024, 2025] as const;
const ALL_THREE = [2023, 2024, 2025] as const;

const PEER_TRUSTS: readonly PeerTrust[] = [
  // Acute, North West (Northfield Valley is the fifth).
  {
    slug: 'irwell-bay-hospitals',
    name: 'Irwell Bay Hospitals NHS Trust',
    odsCode: 'XPA01',
    type: 'acute',
    region: 'north_west',
    icsName: 'Northfield and Irwell Integrated Care System',
    start: [25, 21, 33, 30],
    step: [13, 14, 11, 10],
    years: ALL_THREE,
  },
  {
    slug: 'pennine-edge-university-hospitals',
    name: 'Pennine Edge University Hospitals NHS Foundation Trust',
    odsCode: 'XPA02',
    type: 'acute',
    region: 'north_west',
    icsName: 'Pennine Edge Integrated Care System',
    start: [50, 43, 56, 60],
    step: [12, 7, 11, 10],
    years: ALL_THREE,
  },
  {
    slug: 'mersey-vale-hospitals',
    name: 'Mersey Vale Hospitals NHS Trust',
    odsCode: 'XPA03',
    type: 'acute',
    region: 'north_west',
    icsName: 'Mersey Vale Integrated Care System',
    start: [13, 7, 22, 20],
    step: [12, 14, 11, 20],
    years: ALL_THREE,
  },
  {
    slug: 'fylde-moss-hospitals',
    name: 'Fylde Moss Hospitals NHS Foundation Trust',
    odsCode: 'XPA04',
    type: 'acute',
    region: 'north_west',
    icsName: 'Fylde and Wyre Integrated Care System',
    start: [75, 64, 72, 70],
    step: [0, 7, -6, 10],
    years: RECENT,
  },
  // Acute, elsewhere.
  {
    slug: 'trent-meadows-hospitals',
    name: 'Trent Meadows Hospitals NHS Trust',
    odsCode: 'XPA05',
    type: 'acute',
    region: 'midlands',
    icsName: 'Trent Meadows Integrated Care System',
    start: [38, 29, 44, 40],
    step: [12, 14, 6, 10],
    years: ALL_THREE,
  },
  {
    slug: 'arden-cross-hospitals',
    name: 'Arden Cross Hospitals NHS Trust',
    odsCode: 'XPA06',
    type: 'acute',
    region: 'midlands',
    icsName: 'Arden Cross Integrated Care System',
    start: [0, 7, 11, 10],
    step: [25, 14, 17, 20],
    years: ALL_THREE,
  },
  {
    slug: 'thames-reach-hospitals',
    name: 'Thames Reach Hospitals NHS Foundation Trust',
    odsCode: 'XPA07',
    type: 'acute',
    region: 'london',
    icsName: 'Thames Reach Integrated Care System',
    start: [63, 57, 67, 80],
    step: [12, 14, 11, 10],
    years: RECENT,
  },
  {
    slug: 'wold-and-humber-hospitals',
    name: 'Wold and Humber Hospitals NHS Trust',
    odsCode: 'XPA08',
    type: 'acute',
    region: 'north_east_and_yorkshire',
    icsName: 'Wold and Humber Integrated Care System',
    start: [25, 36, 28, 30],
    step: [13, 0, 11, 10],
    years: RECENT,
  },
  {
    slug: 'fenland-general-hospitals',
    name: 'Fenland General Hospitals NHS Trust',
    odsCode: 'XPA09',
    type: 'acute',
    region: 'east_of_england',
    icsName: 'Fenland and Ouse Integrated Care System',
    start: [38, 21, 39, 50],
    step: [-13, 14, 11, 0],
    years: RECENT,
  },
  // Mental health and learning disability, South West (Southmoor is the fifth).
  {
    slug: 'tamar-vale-partnership',
    name: 'Tamar Vale Partnership NHS Trust',
    odsCode: 'XPM01',
    type: 'mental_health_learning_disability',
    region: 'south_west',
    icsName: 'Southmoor and Tamar Integrated Care System',
    start: [25, 14, 28, 40],
    step: [25, 14, 17, 10],
    years: ALL_THREE,
  },
  {
    slug: 'exe-and-otter-health',
    name: 'Exe and Otter Health NHS Foundation Trust',
    odsCode: 'XPM02',
    type: 'mental_health_learning_disability',
    region: 'south_west',
    icsName: 'Exe and Otter Integrated Care System',
    start: [50, 50, 61, 60],
    step: [12, 7, 6, 20],
    years: ALL_THREE,
  },
  {
    slug: 'quantock-minds',
    name: 'Quantock Minds NHS Trust',
    odsCode: 'XPM03',
    type: 'mental_health_learning_disability',
    region: 'south_west',
    icsName: 'Quantock and Levels Integrated Care System',
    start: [13, 7, 17, 20],
    step: [12, 7, 11, 10],
    years: RECENT,
  },
  {
    slug: 'kerrier-and-fal-care',
    name: 'Kerrier and Fal Care NHS Trust',
    odsCode: 'XPM04',
    type: 'mental_health_learning_disability',
    region: 'south_west',
    icsName: 'Kerrier and Fal Integrated Care System',
    start: [0, 0, 6, 10],
    step: [25, 21, 22, 20],
    years: RECENT,
  },
  // Mental health and learning disability, elsewhere.
  {
    slug: 'downs-and-weald-partnership',
    name: 'Downs and Weald Partnership NHS Foundation Trust',
    odsCode: 'XPM05',
    type: 'mental_health_learning_disability',
    region: 'south_east',
    icsName: 'Downs and Weald Integrated Care System',
    start: [63, 57, 56, 70],
    step: [12, 7, 11, 10],
    years: ALL_THREE,
  },
  {
    slug: 'solent-shore-care',
    name: 'Solent Shore Care NHS Trust',
    odsCode: 'XPM06',
    type: 'mental_health_learning_disability',
    region: 'south_east',
    icsName: 'Solent Shore Integrated Care System',
    start: [38, 29, 33, 40],
    step: [0, 14, 11, 0],
    years: RECENT,
  },
  {
    slug: 'charnwood-minds',
    name: 'Charnwood Minds NHS Trust',
    odsCode: 'XPM07',
    type: 'mental_health_learning_disability',
    region: 'midlands',
    icsName: 'Charnwood and Soar Integrated Care System',
    start: [25, 29, 22, 30],
    step: [12, 7, 17, 20],
    years: RECENT,
  },
  {
    slug: 'lea-valley-mental-health',
    name: 'Lea Valley Mental Health NHS Trust',
    odsCode: 'XPM08',
    type: 'mental_health_learning_disability',
    region: 'london',
    icsName: 'Lea Valley Integrated Care System',
    start: [50, 36, 44, 50],
    step: [-12, 14, 11, 10],
    years: RECENT,
  },
  {
    slug: 'dales-and-moors-care',
    name: 'Dales and Moors Care NHS Trust',
    odsCode: 'XPM09',
    type: 'mental_health_learning_disability',
    region: 'north_east_and_yorkshire',
    icsName: 'Dales and Moors Integrated Care System',
    start: [13, 21, 17, 10],
    step: [13, 7, 6, 10],
    years: RECENT,
  },
];

const DEMO_TRUST_SLUGS = ['northfield-valley', 'southmoor'];

/** These trusts have no accounts, so the seed itself stands in as who entered and approved their results. */
const SEED_ACTOR_ID = '00000000-0000-4000-8000-00000000d3a0';
const OPTED_IN_AT = new Date('2025-05-01T09:00:00Z');

/**
 * One letter per question ('y', 'p', 'n') giving each domain as close to the percentage as its
 * questions allow. `rotate` moves which questions are answered well, so trusts with the same
 * score did not all tick the same boxes.
 */
export function peerAnswerLetters(percents: readonly number[], rotate: number): string {
  const letters = new Map<string, string>();
  for (const domain of DOMAIN_NUMBERS) {
    const questions = QUESTIONS.filter((question) => question.domain === domain);
    const percent = Math.min(100, Math.max(0, percents[domain - 1] ?? 0));
    let points = Math.round((percent * 2 * questions.length) / 100);
    const order = questions.map((_, index) => questions[(index + rotate) % questions.length]!);
    for (const question of order) {
      const letter = points >= 2 ? 'y' : points === 1 && question.allowsPartial ? 'p' : 'n';
      points -= letter === 'y' ? 2 : letter === 'p' ? 1 : 0;
      letters.set(question.ref, letter);
    }
    // A single point left over that landed on a yes-or-no question goes to the first "no" that can be partial.
    const spare = order.find((question) => question.allowsPartial && letters.get(question.ref) === 'n');
    if (points === 1 && spare) letters.set(spare.ref, 'p');
  }
  return QUESTIONS.map((question) => letters.get(question.ref) ?? 'n').join('');
}

function answerValue(letter: string): 'yes' | 'partial' | 'no' {
  return letter === 'y' ? 'yes' : letter === 'p' ? 'partial' : 'no';
}

/**
 * Adds the opted-in peer trusts (each once: a trust whose slug exists is left alone) and opts the
 * demo trusts in. Safe to run again.
 */
export async function seedPeerTrusts(tx: Tx): Promise<void> {
  for (const [index, peer] of PEER_TRUSTS.entries()) {
    if (await tx.trust.findUnique({ where: { slug: peer.slug }, select: { id: true } })) continue;
    const trust = await tx.trust.create({
      data: {
        name: peer.name,
        slug: peer.slug,
        odsCode: peer.odsCode,
        type: peer.type,
        region: peer.region,
        icsName: peer.icsName,
        peerComparisonOptIn: true,
        peerOptInAt: OPTED_IN_AT,
      },
      select: { id: true },
    });
    for (const [offset, year] of peer.years.entries()) {
      const percents = peer.start.map((start, domain) => start + offset * (peer.step[domain] ?? 0));
      const letters = peerAnswerLetters(percents, index + offset);
      const approvalDate = new Date(Date.UTC(year + 1, 2, 10));
      const assessment = await tx.assessment.create({
        data: {
          trustId: trust.id,
          financialYear: year,
          questionBankVersion: QUESTION_BANK_VERSION,
          status: 'approved',
          createdById: SEED_ACTOR_ID,
          submittedAt: new Date(Date.UTC(year + 1, 1, 20)),
          submittedById: SEED_ACTOR_ID,
          approvedAt: approvalDate,
          approvedById: SEED_ACTOR_ID,
          approvalDate,
          approvalMeetingRef: `Board meeting in public, March ${year + 1}`,
        },
        select: { id: true },
      });
      await tx.assessmentAnswer.createMany({
        data: QUESTIONS.map((question, position) => ({
          trustId: trust.id,
          assessmentId: assessment.id,
          questionRef: question.ref,
          value: answerValue(letters[position] ?? 'n'),
          evidenceNote: demoEvidenceNote(letters[position] ?? 'n'),
        })),
      });
    }
  }
  await tx.trust.updateMany({
    where: { slug: { in: DEMO_TRUST_SLUGS }, peerComparisonOptIn: false },
    data: { peerComparisonOptIn: true, peerOptInAt: OPTED_IN_AT },
  });
}
