import { z } from 'zod';
import { isDomainNumber, type DomainNumber } from '../catalogue/domains';
import { CATALOGUE, type CatalogueObjective, type ObjectiveMaturity } from '../catalogue/objectives';
import { ROLE_AREA_IDS, type RoleAreaId } from '../catalogue/role-areas';

// Pure: the catalogue browser's filters, read from the page's search parameters. A value that is
// not one of the choices (an old or hand-edited link) is ignored rather than refused.

export const OBJECTIVE_MATURITIES = ['emerging', 'developing', 'maturing-thriving'] as const satisfies readonly ObjectiveMaturity[];

export type CatalogueFilter = Readonly<{
  roleArea: RoleAreaId | null;
  domain: DomainNumber | null;
  maturity: ObjectiveMaturity | null;
  priorityOnly: boolean;
}>;

/** A search parameter given more than once counts by its first value. */
const firstValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value));

const catalogueFilterSchema = z.object({
  roleArea: firstValue.pipe(z.enum(ROLE_AREA_IDS).optional()).catch(undefined),
  domain: firstValue.pipe(z.enum(['1', '2', '3', '4']).optional()).catch(undefined),
  maturity: firstValue.pipe(z.enum(OBJECTIVE_MATURITIES).optional()).catch(undefined),
  priority: firstValue.catch(undefined),
});

/** Reads the filters from search parameters; never throws. */
export function parseCatalogueFilter(params: Readonly<Record<string, string | string[] | undefined>>): CatalogueFilter {
  const parsed = catalogueFilterSchema.parse(params);
  const domain = Number(parsed.domain);
  return {
    roleArea: parsed.roleArea ?? null,
    domain: isDomainNumber(domain) ? domain : null,
    maturity: parsed.maturity ?? null,
    priorityOnly: parsed.priority === 'yes',
  };
}

export function isFiltered(filter: CatalogueFilter): boolean {
  return filter.roleArea !== null || filter.domain !== null || filter.maturity !== null || filter.priorityOnly;
}

/** The catalogue objectives that pass every filter, in guide order. */
export function filterCatalogue(filter: CatalogueFilter, catalogue: readonly CatalogueObjective[] = CATALOGUE): CatalogueObjective[] {
  return catalogue.filter(
    (objective) =>
      (filter.roleArea === null || objective.roleArea === filter.roleArea) &&
      (filter.domain === null || objective.domain === filter.domain) &&
      (filter.maturity === null || objective.maturity === filter.maturity) &&
      (!filter.priorityOnly || objective.priority),
  );
}
