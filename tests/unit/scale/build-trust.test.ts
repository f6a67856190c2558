import { describe, expect, it } from 'vitest';
import { NATIONAL_INDICATORS } from '../../../lib/indicators/national-set';
import { buildScaleTrust, scaleTrustSlug } from '../../../prisma/scale/build-trust';
import { QUESTIONS } from '../../../lib/assessments/question-bank';

const OPTIONS = { years: 5, latestYear: 2025, seed: 1 } as const;

describe('the scale dataset builder', () => {
  it('builds the same rows for the same options, and different trusts for different numbers', () => {
    const first = buildScaleTrust(7, OPTIONS, 'hash');
    expect(buildScaleTrust(7, OPTIONS, 'hash')).toEqual(first);
    expect(buildScaleTrust(8, OPTIONS, 'hash').trust.id).not.toBe(first.trust.id);
    expect(buildScaleTrust(7, { ...OPTIONS, seed: 2 }, 'hash').trust.id).not.toBe(first.trust.id);
    expect(first.trust.slug).toBe(scaleTrustSlug(7));
  });

  it('gives each trust a board of fifteen and five approved years of full assessments', () => {
    const rows = buildScaleTrust(1, OPTIONS, 'hash');
    expect(rows.memberships).toHaveLength(15);
    expect(rows.memberships.filter((membership) => membership.isChair)).toHaveLength(1);
    expect(rows.assessments.map((assessment) => assessment.financialYear)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(rows.assessments.every((assessment) => assessment.status === 'approved')).toBe(true);
    expect(rows.answers).toHaveLength(5 * QUESTIONS.length);
    expect(rows.answers.every((answer) => answer.questionRef !== '3.2' || answer.value !== 'partial')).toBe(true);
  });

  it('writes 15 to 25 objectives a year with owners on the board and progress consistent with their status', () => {
    const rows = buildScaleTrust(3, OPTIONS, 'hash');
    const boardIds = new Set(rows.boardMembers.map((member) => member.id));
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      const count = rows.objectives.filter((objective) => objective.financialYear === year).length;
      expect(count).toBeGreaterThanOrEqual(15);
      expect(count).toBeLessThanOrEqual(25);
    }
    for (const objective of rows.objectives) {
      expect(boardIds.has(objective.ownerId!)).toBe(true);
      const updates = rows.progressUpdates.filter((update) => update.objectiveId === objective.id);
      expect(objective.currentStatus).toBe(updates.at(-1)?.status ?? 'not_started');
      expect(updates.slice(0, -1).some((update) => update.status === 'complete')).toBe(false);
    }
    const carried = rows.objectives.filter((objective) => objective.carriedFromId);
    expect(carried.length).toBeGreaterThan(0);
    for (const objective of carried) {
      const from = rows.objectives.find((candidate) => candidate.id === objective.carriedFromId)!;
      expect(from.financialYear).toBe(objective.financialYear - 1);
      expect(from.currentStatus).not.toBe('complete');
    }
    const needsNarrative = rows.progressUpdates.filter((update) => update.status === 'at_risk' || update.status === 'off_track');
    expect(needsNarrative.every((update) => (update.narrative ?? '').trim().length > 0)).toBe(true);
  });

  it('gives every challenge a thread whose last message matches its status', () => {
    const rows = buildScaleTrust(4, OPTIONS, 'hash');
    expect(rows.challenges.length).toBeGreaterThanOrEqual(3 * 6);
    for (const challenge of rows.challenges) {
      const thread = rows.challengeMessages.filter((message) => message.challengeId === challenge.id);
      expect(thread[0]?.kind).toBe('raise');
      expect(challenge.version).toBe(thread.length);
      const expected = { raise: 'open', response: 'answered', close: 'closed' }[thread.at(-1)!.kind];
      expect(challenge.status).toBe(expected);
    }
  });

  it('gives each trust the national indicator catalogue and three years of consistent figures for up to four indicators', () => {
    const rows = buildScaleTrust(3, OPTIONS, 'hash');
    expect(rows.indicators).toHaveLength(NATIONAL_INDICATORS.length);
    expect(rows.indicatorUploads.map((upload) => upload.fileName)).toEqual(['indicators-2023-24.csv', 'indicators-2024-25.csv', 'indicators-2025-26.csv']);
    const measured = new Set(rows.indicatorValues.map((value) => value.indicatorId));
    expect(measured.size).toBeGreaterThan(0);
    expect(measured.size).toBeLessThanOrEqual(4);
    const enabled = new Set(rows.indicators.filter((indicator) => indicator.enabled).map((indicator) => indicator.id));
    expect([...measured].every((id) => enabled.has(id))).toBe(true);
    for (const upload of rows.indicatorUploads) expect(rows.indicatorValues.filter((value) => value.uploadId === upload.id)).toHaveLength(upload.rowCount);
  });
});
