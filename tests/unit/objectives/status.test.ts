import { describe, expect, it } from 'vitest';
import { groupObjectives, countObjectives } from '../../../lib/objectives/overview';
import {
  compareForOverview,
  isClosedStatus,
  isObjectiveStatus,
  isOverdue,
  isUnfinished,
  OBJECTIVE_STATUS_LABELS,
  OBJECTIVE_STATUS_TAG_COLOURS,
  OBJECTIVE_STATUSES,
  requiresNarrative,
} from '../../../lib/objectives/status';
import { summaryOf } from './objective-builders';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('objective statuses', () => {
  it('have the words and RAG tag colours used everywhere', () => {
    expect(OBJECTIVE_STATUSES.map((status) => [OBJECTIVE_STATUS_LABELS[status], OBJECTIVE_STATUS_TAG_COLOURS[status]])).toEqual([
      ['Not started', 'grey'],
      ['On track', 'green'],
      ['At risk', 'orange'],
      ['Off track', 'red'],
      ['Complete', 'blue'],
      ['Deferred', 'white'],
    ]);
    expect(isObjectiveStatus('at_risk')).toBe(true);
    expect(isObjectiveStatus('amber')).toBe(false);
  });

  it('need a narrative at risk and off track only', () => {
    expect(OBJECTIVE_STATUSES.filter(requiresNarrative)).toEqual(['at_risk', 'off_track']);
  });

  it('treat complete and deferred as closed, and anything but complete as unfinished', () => {
    expect(OBJECTIVE_STATUSES.filter(isClosedStatus)).toEqual(['complete', 'deferred']);
    expect(OBJECTIVE_STATUSES.filter(isUnfinished)).toEqual(['not_started', 'on_track', 'at_risk', 'off_track', 'deferred']);
  });
});

describe('overdue', () => {
  it('is a due date before today for an open objective', () => {
    expect(isOverdue({ dueDate: day('2026-06-14'), currentStatus: 'on_track' }, '2026-06-15')).toBe(true);
    expect(isOverdue({ dueDate: day('2026-06-15'), currentStatus: 'on_track' }, '2026-06-15')).toBe(false);
    expect(isOverdue({ dueDate: null, currentStatus: 'off_track' }, '2026-06-15')).toBe(false);
    expect(isOverdue({ dueDate: day('2026-01-01'), currentStatus: 'complete' }, '2026-06-15')).toBe(false);
    expect(isOverdue({ dueDate: day('2026-01-01'), currentStatus: 'deferred' }, '2026-06-15')).toBe(false);
  });

  it('sorts overdue first, then by due date with undated last, then by title', () => {
    const items = [
      { isOverdue: false, dueDate: null, title: 'B' },
      { isOverdue: false, dueDate: day('2026-09-01'), title: 'C' },
      { isOverdue: true, dueDate: day('2026-05-01'), title: 'D' },
      { isOverdue: false, dueDate: day('2026-09-01'), title: 'A' },
    ];
    expect([...items].sort(compareForOverview).map((item) => item.title)).toEqual(['D', 'A', 'C', 'B']);
  });
});

describe('the board overview’s groups', () => {
  const overdue = summaryOf({ id: 'o', title: 'Overdue', domains: [3], isOverdue: true, currentStatus: 'on_track' });
  const atRisk = summaryOf({
    id: 'r',
    title: 'At risk',
    domains: [1, 2],
    currentStatus: 'at_risk',
    owner: { id: 'm1', name: 'Zed', jobTitle: 'CEO', isExecutive: true, hasLeft: false },
  });
  const undecided = summaryOf({
    id: 'u',
    title: 'No domain',
    domains: [],
    owner: { id: 'm2', name: 'Amy', jobTitle: 'CFO', isExecutive: true, hasLeft: true },
  });

  it('by domain lists every domain, an objective under each of its domains, then those without one', () => {
    expect(groupObjectives([overdue, atRisk, undecided], 'domain').map((group) => [group.key, group.objectives.map((o) => o.id)])).toEqual([
      ['domain-1', ['r']],
      ['domain-2', ['r']],
      ['domain-3', ['o']],
      ['domain-4', []],
      ['domain-none', ['u']],
    ]);
  });

  it('by owner in name order, with those without an owner last', () => {
    expect(
      groupObjectives([overdue, atRisk, undecided], 'owner').map((group) => [group.label, group.owner?.hasLeft ?? null, group.objectives.map((o) => o.id)]),
    ).toEqual([
      ['Amy, CFO', true, ['u']],
      ['Zed, CEO', false, ['r']],
      ['No owner yet', null, ['o']],
    ]);
  });

  it('by status with overdue objectives pulled to the top, each objective once', () => {
    const groups = groupObjectives([overdue, atRisk, undecided], 'status');
    expect(groups.map((group) => group.key)).toEqual([
      'overdue',
      'status-not_started',
      'status-on_track',
      'status-at_risk',
      'status-off_track',
      'status-complete',
      'status-deferred',
    ]);
    expect(groups.flatMap((group) => group.objectives.map((o) => o.id)).sort()).toEqual(['o', 'r', 'u']);
    expect(countObjectives([overdue, atRisk, undecided])).toEqual({
      total: 3,
      agreed: 0,
      overdue: 1,
      notAccepted: 0,
      needAttention: 0,
      byStatus: { not_started: 1, on_track: 1, at_risk: 1, off_track: 0, complete: 0, deferred: 0 },
    });
  });
});
