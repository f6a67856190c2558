import type { Tx } from '../../lib/db/with-tenant';

/**
 * The indicator tables for one matrix trust: a national and a local indicator, an upload and a
 * replacement, so there are current figures, superseded history and batches, each carrying the
 * trust's marker in its text where the table has text.
 */
export async function seedMatrixIndicators(tx: Tx, trustId: string, keys: Map<string, string>, uploaderId: string, marker: string): Promise<void> {
  const national = await tx.indicator.create({
    data: {
      trustId,
      code: 'elective-wait-18w',
      name: `${marker} waiting over 18 weeks`,
      definition: `${marker} definition`,
      unit: 'percentage',
      higherIsBetter: false,
      trustTypes: ['acute'],
      source: `${marker} source`,
      origin: 'national',
      nationalSetVersion: '2025.1',
    },
    select: { id: true },
  });
  const local = await tx.indicator.create({
    data: {
      trustId,
      code: 'local-smoking',
      name: `${marker} smoking at booking`,
      definition: `${marker} local definition`,
      unit: 'count',
      higherIsBetter: false,
      source: `${marker} local source`,
      origin: 'local',
      enabled: false,
    },
    select: { id: true },
  });
  keys.set('Indicator:national', national.id);
  keys.set('Indicator:local', local.id);
  const first = await tx.indicatorUpload.create({
    data: { trustId, source: 'upload', fileName: `${marker}-first.csv`, rowCount: 2, createdById: uploaderId },
    select: { id: true },
  });
  const second = await tx.indicatorUpload.create({
    data: { trustId, source: 'upload', fileName: `${marker}-second.csv`, rowCount: 1, replacedCount: 1, createdById: uploaderId },
    select: { id: true },
  });
  keys.set('IndicatorUpload:first', first.id);
  keys.set('IndicatorUpload:second', second.id);
  const figure = (uploadId: string, group: string, value: number) => ({
    trustId,
    indicatorId: national.id,
    uploadId,
    period: '2024/25',
    periodStart: new Date('2024-04-01T00:00:00Z'),
    breakdown: 'deprivation_quintile' as const,
    group,
    numerator: value * 10,
    denominator: 1000,
    value,
  });
  const old = await tx.indicatorValue.create({ data: figure(first.id, '1', 41), select: { id: true } });
  keys.set('IndicatorValue:current-5', (await tx.indicatorValue.create({ data: figure(first.id, '5', 20), select: { id: true } })).id);
  await tx.indicatorValue.update({ where: { id: old.id }, data: { supersededByUploadId: second.id } });
  keys.set('IndicatorValue:superseded', old.id);
  keys.set('IndicatorValue:current-1', (await tx.indicatorValue.create({ data: figure(second.id, '1', 43), select: { id: true } })).id);
}
