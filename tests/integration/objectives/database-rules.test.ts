import { beforeEach, describe, expect, it } from 'vitest';
import { withTenant } from '../../../lib/db/with-tenant';
import { createObjective } from '../../../lib/objectives/mutations';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { resetDatabase } from '../setup/reset-db';
import { createTestTrust } from '../../support/fixtures';
import { auditEventsFor } from '../assessments/assessment-fixtures';
import { NOW, agreedObjective, boardOf, parseCreate, parseProgress, smartForm } from './objective-fixtures';

// The data layer refuses these politely; the database refuses them even if a code path forgets.

let board: Awaited<ReturnType<typeof boardOf>>;

beforeEach(async () => {
  await resetDatabase();
  board = await boardOf(await createTestTrust());
});

const inTrust = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant(board.admin, fn);

describe('objective rules in the database', () => {
  it('refuses an agreed objective that is not SMART, dates out of order and a target without a baseline', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(null)), NOW);
    const update = (data: Record<string, unknown>) => inTrust((tx) => tx.objective.update({ where: { id }, data }));

    await expect(update({ agreedAt: NOW, agreedById: board.admin.userId, acceptance: 'pending' })).rejects.toThrow(/Objective_agreed_is_smart/);
    await expect(update({ dueDate: new Date('2026-03-01T00:00:00Z') })).rejects.toThrow(/Objective_dates_in_order/);
    await expect(update({ baseline: null })).rejects.toThrow(/Objective_target_has_baseline/);
    await expect(update({ breakdowns: ['other'], breakdownOther: ' ' })).rejects.toThrow(/Objective_other_breakdown_described/);
  });

  it('refuses an at-risk update without a narrative, and any update on a completed objective', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    const insert = (status: 'at_risk' | 'on_track') =>
      inTrust((tx) => tx.progressUpdate.create({ data: { trustId: board.admin.trustId, objectiveId: id, date: new Date('2026-06-01T00:00:00Z'), status } }));

    await expect(insert('at_risk')).rejects.toThrow(/ProgressUpdate_narrative_when_at_risk/);
    await recordProgress(board.director, parseProgress({ objectiveId: id, date: '2026-06-01', status: 'complete' }), NOW);
    await expect(insert('on_track')).rejects.toThrow(/completed objective cannot take progress updates/);
  });

  it('keeps progress updates and owner changes as history the application can add to but not rewrite', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await recordProgress(board.director, parseProgress({ objectiveId: id, date: '2026-06-01', status: 'on_track' }), NOW);

    await expect(inTrust((tx) => tx.progressUpdate.updateMany({ data: { narrative: 'rewritten' } }))).rejects.toThrow(/permission denied/);
    await expect(inTrust((tx) => tx.progressUpdate.deleteMany({}))).rejects.toThrow(/permission denied/);
    await expect(inTrust((tx) => tx.objectiveOwnerChange.deleteMany({}))).rejects.toThrow(/permission denied/);
    await expect(inTrust((tx) => tx.objective.deleteMany({}))).rejects.toThrow(/permission denied/);
    await expect(
      inTrust((tx) =>
        tx.outboxMessage.create({
          data: { trustId: board.admin.trustId, kind: 'probe', to: 'x@example.nhs.uk', subject: 's', body: 'b', dedupeKey: 'probe:x', transport: 'outbox' },
        }),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('writes every change to the audit trail with the acting user', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    const events = await auditEventsFor('Objective', id);
    expect(events.map((event) => [event.action, event.actorUserId])).toEqual([
      ['insert', board.lead.userId],
      ['update', board.lead.userId],
    ]);
    expect(events[1]?.changes).toMatchObject({ agreedAt: { old: null }, version: { old: 1, new: 2 } });
  });
});
