import { describe, expect, it } from 'vitest';
import { trustNavigation } from '@/components/layout/trust-navigation';

const labels = (canManagePeople: boolean, canReadIndicators: boolean) =>
  trustNavigation({ trustSlug: 'northfield', canManagePeople, canReadIndicators }).map((item) => item.label);

describe('the trust menu', () => {
  it('leads to the indicators page for a role that may read it, after the annual report', () => {
    const items = trustNavigation({ trustSlug: 'northfield', canManagePeople: false, canReadIndicators: true });
    expect(items.map((item) => item.label)).toEqual(['Home', 'Self-assessment', 'Objectives', 'Board review', 'Annual report', 'Indicators']);
    expect(items.at(-1)?.href).toBe('/t/northfield/indicators');
  });

  it('leaves out what the role cannot use', () => {
    expect(labels(false, false)).not.toContain('Indicators');
    expect(labels(true, false)).toEqual(['Home', 'Self-assessment', 'Objectives', 'Board review', 'Annual report', 'People']);
    expect(labels(true, true).slice(-2)).toEqual(['Indicators', 'People']);
  });
});
