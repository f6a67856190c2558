import { withSystem } from '../../../lib/db/with-tenant';
import { installNationalSet } from '../../../lib/indicators/catalogue';
import { createMemberContext, createTestTrust } from '../../support/fixtures';

/** A trust with the national set installed and one member per role that handles indicators. */
export async function indicatorTrust(type: 'acute' | 'mental_health_learning_disability' = 'acute') {
  const trust = await createTestTrust({ type });
  await withSystem('test-fixture', (tx) => installNationalSet(tx, trust.id, type));
  return {
    trust,
    admin: await createMemberContext(trust, 'trust_admin'),
    lead: await createMemberContext(trust, 'executive_lead'),
    analyst: await createMemberContext(trust, 'analyst'),
    viewer: await createMemberContext(trust, 'viewer'),
    ned: await createMemberContext(trust, 'non_executive_director'),
  };
}

export const HEADER = 'indicator,period,breakdown,group,numerator,denominator,value';

/** A good CSV for one period: the all row and five deprivation fifths of the 18-week wait. */
export function waitingListCsv(period = '2024/25', shift = 0): string {
  const fifths = [
    [420, 1000],
    [380, 1000],
    [330, 1000],
    [300, 1000],
    [250 - shift, 1000],
  ];
  const total = fifths.reduce((sum, [numerator]) => sum + numerator!, 0);
  const rows = [
    `elective-wait-18w,${period},all,all,${total},5000,${((total / 5000) * 100).toFixed(1)}`,
    ...fifths.map(
      ([numerator, denominator], index) =>
        `elective-wait-18w,${period},deprivation quintile,${index + 1},${numerator},${denominator},${((numerator! / denominator!) * 100).toFixed(1)}`,
    ),
  ];
  return `${[HEADER, ...rows].join('\n')}\n`;
}

export const bytes = (text: string) => new TextEncoder().encode(text);
