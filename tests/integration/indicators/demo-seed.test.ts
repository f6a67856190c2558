import { beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { NATIONAL_INDICATORS } from '../../../lib/indicators/national-set';
import { seedDemoData } from '../../../prisma/seed';
import { demoIndicatorFigures } from '../../../prisma/demo/indicators';
import { resetDatabase } from '../setup/reset-db';

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData();
}, 240_000);

describe('the demo data’s indicators', () => {
  it.each([
    ['northfield-valley', 'northfield'],
    ['southmoor', 'southmoor'],
  ] as const)('%s has the national catalogue and three years of figures, uploaded by its analyst', async (slug, key) => {
    const trust = await getPrisma().trust.findFirstOrThrow({ where: { slug: { startsWith: slug } } });
    expect(await getPrisma().indicator.count({ where: { trustId: trust.id } })).toBe(NATIONAL_INDICATORS.length);
    expect(await getPrisma().indicatorValue.count({ where: { trustId: trust.id, supersededByUploadId: null } })).toBe(demoIndicatorFigures(key).length);
    const uploads = await getPrisma().indicatorUpload.findMany({ where: { trustId: trust.id }, select: { createdById: true } });
    expect(uploads).toHaveLength(3);
    const analyst = await getPrisma().membership.findFirstOrThrow({ where: { trustId: trust.id, role: 'analyst' } });
    expect(uploads.every((upload) => upload.createdById === analyst.userId)).toBe(true);
  });
});
