import { describe, expect, it } from 'vitest';
import {
  dedupeKey,
  leadDigestMail,
  ownerReminderMail,
  planTrustReminders,
  reminderReasons,
  type ReminderObjective,
} from '../../../lib/reminders/reminder-rules';

const TODAY = '2026-07-20';

function objective(overrides: Partial<ReminderObjective> = {}): ReminderObjective {
  return {
    id: 'o1',
    title: 'Publish ethnicity-coded waiting lists',
    currentStatus: 'on_track',
    startDate: '2026-04-01',
    dueDate: '2027-03-31',
    agreedOn: '2026-07-01',
    lastUpdateOn: '2026-07-10',
    owner: { id: 'm1', name: 'Dana Director', email: 'dana@example.nhs.uk' },
    ...overrides,
  };
}

describe('which objectives need a reminder', () => {
  it('flags an overdue objective, one due within 14 days, and one without an update for 30 days', () => {
    expect(reminderReasons(objective({ dueDate: '2026-07-19' }), TODAY)).toEqual(['overdue']);
    expect(reminderReasons(objective({ dueDate: TODAY }), TODAY)).toEqual(['due-soon']);
    expect(reminderReasons(objective({ dueDate: '2026-08-03' }), TODAY)).toEqual(['due-soon']);
    expect(reminderReasons(objective({ dueDate: '2026-08-04' }), TODAY)).toEqual([]);
    expect(reminderReasons(objective({ lastUpdateOn: '2026-06-20' }), TODAY)).toEqual(['update-due']);
    expect(reminderReasons(objective({ lastUpdateOn: '2026-06-21' }), TODAY)).toEqual([]);
    expect(reminderReasons(objective({ dueDate: '2026-07-01', lastUpdateOn: null, agreedOn: '2026-05-01' }), TODAY)).toEqual(['overdue', 'update-due']);
  });

  it('measures silence from agreement when there are no updates, and leaves alone objectives not started or closed', () => {
    expect(reminderReasons(objective({ lastUpdateOn: null, agreedOn: '2026-07-01' }), TODAY)).toEqual([]);
    expect(reminderReasons(objective({ lastUpdateOn: null, agreedOn: '2026-06-01' }), TODAY)).toEqual(['update-due']);
    expect(reminderReasons(objective({ lastUpdateOn: null, agreedOn: '2026-01-01', startDate: '2026-09-01' }), TODAY)).toEqual([]);
    expect(reminderReasons(objective({ currentStatus: 'complete', dueDate: '2026-01-01' }), TODAY)).toEqual([]);
    expect(reminderReasons(objective({ currentStatus: 'deferred', dueDate: '2026-01-01' }), TODAY)).toEqual([]);
  });
});

describe('planning a trust’s reminders', () => {
  it('sends each owner one reminder for all their objectives, most urgent first, and names owners who cannot be e-mailed', () => {
    const plan = planTrustReminders(
      [
        objective({ id: 'a', title: 'Quiet', lastUpdateOn: '2026-05-01' }),
        objective({ id: 'b', title: 'Late', dueDate: '2026-07-01' }),
        objective({ id: 'c', title: 'Fine' }),
        objective({ id: 'd', title: 'No account', dueDate: '2026-07-25', owner: { id: 'm2', name: 'Uma Unlinked', email: null } }),
      ],
      TODAY,
    );
    expect(plan.flagged.map((item) => item.objective.id)).toEqual(['b', 'd', 'a']);
    expect(plan.ownerReminders).toEqual([
      {
        ownerId: 'm1',
        ownerName: 'Dana Director',
        email: 'dana@example.nhs.uk',
        items: [expect.objectContaining({ reasons: ['overdue'] }), expect.objectContaining({ reasons: ['update-due'] })],
      },
    ]);
    expect(plan.ownersWithoutEmail).toEqual([{ ownerId: 'm2', ownerName: 'Uma Unlinked' }]);
  });

  it('keys each message by kind, lower-case recipient and day', () => {
    expect(dedupeKey('objective-reminder', 'Dana@Example.NHS.uk', TODAY)).toBe('objective-reminder:dana@example.nhs.uk:2026-07-20');
  });

  it('writes plain e-mails that say what is due and link to the objectives', () => {
    const plan = planTrustReminders([objective({ dueDate: '2026-07-01', lastUpdateOn: null, agreedOn: '2026-07-01' })], TODAY);
    const [reminder] = plan.ownerReminders;
    if (!reminder) throw new Error('expected a reminder');
    const mail = ownerReminderMail('Riverside NHS Trust', reminder, TODAY, 'https://fairboard.example/t/riverside/objectives');
    expect(mail.subject).toBe('Riverside NHS Trust: an objective needs a progress update');
    expect(mail.text).toContain('Dear Dana Director,');
    expect(mail.text).toContain('As at 20 July 2026, this health inequalities objective you own needs a progress update:');
    expect(mail.text).toContain('- Publish ethnicity-coded waiting lists\n  Overdue (on track, due 1 July 2026, no updates yet)');
    expect(mail.text).toContain('https://fairboard.example/t/riverside/objectives');
    const digest = leadDigestMail('Riverside NHS Trust', plan, TODAY, 'https://fairboard.example/t/riverside/objectives');
    expect(digest.subject).toBe('Riverside NHS Trust: 1 objective needs attention (1 overdue)');
    expect(digest.text).toContain('Owner: Dana Director');
  });
});
