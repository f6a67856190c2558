import { describe, expect, it } from 'vitest';
import { trustNavigation } from '@/components/layout/trust-navigation';

const labels = (canManagePeople: boolean, canReadIndicators: boolean) =>
  trustNavigation({ trustSlug: 'northfield', canManagePeople, canReadIndicators }).map((item) => item.label);

describe('the trust menu', () => {
  it('leads to the indicator data for a role that may read it, after the annual report', () => {
    const items = trustNavigation({ trustSlug: 'northfield', canManagePeople: false, canReadIndicators: true });
    expect(items.map((item) => item.label)).toEqual(['Home', 'Self-assessment', 'Objectives', 'Board review', 'Annual report', 'Indicator data']);
    expect(items.at(-1)?.href).toBe('/t/northfield/indicators/history');
  });

  it('leaves out what the role cannot use', () => {
    expect(labels(false, false)).not.toContain('Indicator data');
    expect(labels(true, false)).toEqual(['Home', 'Self-assessment', 'Objectives', 'Board review', 'Annual report', 'People']);
    expect(labels(true, true).slice(-2)).toEqual(['Indicator data', 'People']);
  });
});
