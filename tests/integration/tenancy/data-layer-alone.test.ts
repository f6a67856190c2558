import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { getPeerComparison } from '../../../lib/peers/comparison';
import { getPeerOptIn, setPeerOptIn } from '../../../lib/peers/opt-in';
import { OUTBOX_ONLY } from '../../../lib/reminders/mailer';
import { listOutbox } from '../../../lib/reminders/outbox-queries';
import { runReminders } from '../../../lib/reminders/run-reminders';
import { exportTrustData } from '../../../lib/trusts/data-export';
import { getTrustOverview } from '../../../lib/trusts/queries';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity, withRowLevelSecurityOff } from '../support/row-level-security';
import { createTestTrust } from '../../support/fixtures';
import { agreedObjective, boardOf } from '../objectives/objective-fixtures';
import { allAnswered, storedAssessment } from '../review/review-fixtures';

/**
 * The reminders, peers and trusts domains, each read for trust B with row-level security on and
 * off: with it off only the code's own trustId filter keeps trust A out, so a query that forgets it
 * fails here (the other domains have the same tests beside their own suites).
 */

/** 20 July 2026: both trusts' objectives are overdue, so each gets reminders. */
const RUN = new Date('2026-07-20T06:00:00Z');
const TRUST_A = /Trust A/;

type Board = Awaited<ReturnType<typeof boardOf>>;
let trustAId: string;
let boardA: Board;
let boardB: Board;

beforeEach(async () => {
  await resetDatabase();
  const trustA = await createTestTrust({ name: 'Trust A Hospitals NHS Trust' });
  const trustB = await createTestTrust({ name: 'Bee Hills NHS Trust' });
  trustAId = trustA.id;
  boardA = await boardOf(trustA);
  boardB = await boardOf(trustB);
  await agreedObjective(boardA.lead, boardA.directorMember.id, { title: 'Trust A objective', dueDate: '2026-07-10' });
  await agreedObjective(boardB.lead, boardB.directorMember.id, { title: 'Bee objective', dueDate: '2026-07-10' });
  await storedAssessment(trustA, 2025, allAnswered('yes'));
  await storedAssessment(trustB, 2025, allAnswered('no'));
  await setPeerOptIn(boardA.admin, { optIn: true }, RUN);
});

describe('reminders: each trust’s outbox and mail are its own', () => {
  it('trust B’s outbox is the same with row-level security on or off, and nothing in it is trust A’s', async () => {
    await runReminders(RUN, OUTBOX_ONLY);
    const { outbox } = await expectSameWithoutRowLevelSecurity({ outbox: () => listOutbox(boardB.admin) }, TRUST_A);
    expect(outbox).toHaveLength(2); // Dana's reminder and the executive lead's digest
  });

  it('the reminders job (a system path, so no row-level security applies) puts only a trust’s own objectives in its mail', async () => {
    await runReminders(RUN, OUTBOX_ONLY);
    const rows = await getPrisma().outboxMessage.findMany({ where: { trustId: { not: trustAId } } });
    expect(rows.map((row) => row.body).join('\n')).toContain('Bee objective');
    for (const row of rows) expect(`${row.subject}\n${row.body}`).not.toMatch(TRUST_A);
  });
});

describe('peers: a trust’s opt-in is read from its own row', () => {
  it('trust A (opted in) and trust B (not) each read their own choice, with row-level security on or off', async () => {
    // Their answers differ, so a look-up that lost its filter and found one row for both is wrong for one of them.
    const answers = await expectSameWithoutRowLevelSecurity({
      optInA: () => getPeerOptIn(boardA.admin),
      optInB: () => getPeerOptIn(boardB.admin),
      comparisonA: () => getPeerComparison(boardA.admin),
      comparisonB: () => getPeerComparison(boardB.admin),
    });
    expect(answers).toMatchObject({ optInA: { optedIn: true }, optInB: { optedIn: false }, comparisonA: { optedIn: true }, comparisonB: { optedIn: false } });
  });

  it('trust B opting in with row-level security off changes its own row only', async () => {
    const before = await getPrisma().trust.findUniqueOrThrow({ where: { id: trustAId } });
    await withRowLevelSecurityOff(async () => {
      await setPeerOptIn(boardB.admin, { optIn: true }, RUN);
      await setPeerOptIn(boardB.admin, { optIn: false }, RUN);
    });
    expect(await getPrisma().trust.findUniqueOrThrow({ where: { id: trustAId } })).toEqual(before);
    expect(await getPeerOptIn(boardB.admin)).toMatchObject({ optedIn: false });
  });
});

describe('trusts: the overview and the trust’s own data export', () => {
  it('trust B’s overview is the same with row-level security on or off', async () => {
    const { overview } = await expectSameWithoutRowLevelSecurity({ overview: () => getTrustOverview(boardB.admin, RUN) }, TRUST_A);
    expect(overview).toMatchObject({ name: 'Bee Hills NHS Trust', memberCount: 4, currentBoardMembers: 3 });
  });

  it('trust B’s data export made with row-level security off holds no row of trust A', async () => {
    const { zip } = await withRowLevelSecurityOff(() => exportTrustData(boardB.admin, RUN));
    const files = unzipSync(zip);
    const text = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    expect(text).toContain('Bee objective');
    expect(text).not.toContain(trustAId);
    expect(text).not.toMatch(TRUST_A);
  });
});
