import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../lib/catalogue/objectives';
import { filterCatalogue, isFiltered, parseCatalogueFilter } from '../../../lib/objectives/catalogue-filter';

describe('catalogue filters', () => {
  it('shows all 78 objectives when nothing is chosen', () => {
    const filter = parseCatalogueFilter({});
    expect(isFiltered(filter)).toBe(false);
    expect(filterCatalogue(filter)).toHaveLength(78);
  });

  it('combines role area, domain, maturity and priority', () => {
    const filter = parseCatalogueFilter({ roleArea: 'chief-executive', domain: '3', maturity: 'emerging', priority: 'yes' });
    expect(filter).toEqual({ roleArea: 'chief-executive', domain: 3, maturity: 'emerging', priorityOnly: true });
    const found = filterCatalogue(filter);
    expect(
      found.every((objective) => objective.roleArea === 'chief-executive' && objective.domain === 3 && objective.maturity === 'emerging' && objective.priority),
    ).toBe(true);
  });

  it('lists only the priority objectives', () => {
    expect(filterCatalogue(parseCatalogueFilter({ priority: 'yes' }))).toEqual(CATALOGUE.filter((objective) => objective.priority));
  });

  it('ignores values that are not choices, and takes the first of repeated values', () => {
    expect(parseCatalogueFilter({ roleArea: 'nobody', domain: '9', maturity: 'thriving', priority: 'maybe' })).toEqual({
      roleArea: null,
      domain: null,
      maturity: null,
      priorityOnly: false,
    });
    expect(parseCatalogueFilter({ domain: ['2', '4'] }).domain).toBe(2);
  });
});
