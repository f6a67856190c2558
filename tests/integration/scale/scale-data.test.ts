import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../setup/reset-db';
import { getPrisma } from '../../../lib/db/client';
import { applyScaleData, scaleArgsSchema } from '../../../scripts/scale-data';

const OPTIONS = { trusts: 2, years: 2, latestYear: 2025, seed: 1 } as const;

describe('the scale dataset generator', () => {
  beforeEach(resetDatabase);

  it('writes the rows it reports, through the database rules and the audit trail, and adds nothing the second time', async () => {
    const first = await applyScaleData(OPTIONS);
    expect(first.created).toBe(2);
    const prisma = getPrisma();
    expect(await prisma.trust.count()).toBe(2);
    expect(await prisma.objective.count()).toBe(first.counts.Objective);
    expect(await prisma.progressUpdate.count()).toBe(first.counts.ProgressUpdate);
    expect(await prisma.challengeMessage.count()).toBe(first.counts.ChallengeMessage);
    expect(first.counts.IndicatorValue).toBeGreaterThan(0);
    expect(await prisma.indicatorValue.count()).toBe(first.counts.IndicatorValue);
    const total = Object.values(first.counts).reduce((sum, count) => sum + count, 0);
    expect(await prisma.auditEvent.count({ where: { action: 'insert', actorLabel: 'system:scale-data' } })).toBe(total);

    const again = await applyScaleData({ ...OPTIONS, trusts: 3 });
    expect(again).toMatchObject({ created: 1, skipped: 2 });
    expect(await prisma.trust.count()).toBe(3);
  });

  it('refuses options out of range with a message naming the option', () => {
    const result = scaleArgsSchema.safeParse({ trusts: '0', years: '11', latestYear: '2025' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain('--trusts must be at least 1');
    expect(messages).toContain('--years must be at most 10');
    expect(messages).toContain('--latest-year must be a financial year written like 2025/26, not "2025"');
  });
});
