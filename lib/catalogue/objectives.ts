import type { CatalogueObjective } from './objective-types';
import { OBJECTIVES_SECTIONS_1_TO_4 } from './objectives-sections-1-4';
import { OBJECTIVES_SECTIONS_5_TO_7 } from './objectives-sections-5-7';
import { OBJECTIVES_SECTIONS_8_TO_10 } from './objectives-sections-8-10';

export type { CatalogueObjective, ObjectiveMaturity } from './objective-types';

// The 78 objectives of the published guide, in guide order. The guide's tool
// also carries a draft 5.10 that never made it into the guide; it is left out.
export const CATALOGUE: readonly CatalogueObjective[] = [...OBJECTIVES_SECTIONS_1_TO_4, ...OBJECTIVES_SECTIONS_5_TO_7, ...OBJECTIVES_SECTIONS_8_TO_10];

// The six objectives the guide asks every trust to consider first.
export const PRIORITY_OBJECTIVE_REFS: readonly string[] = CATALOGUE.filter((objective) => objective.priority).map((objective) => objective.ref);

const CATALOGUE_BY_REF: ReadonlyMap<string, CatalogueObjective> = new Map(CATALOGUE.map((objective) => [objective.ref, objective]));

export function findObjective(ref: string): CatalogueObjective | undefined {
  return CATALOGUE_BY_REF.get(ref);
}

function refParts(ref: string): number[] {
  return ref.split('.').map((part) => Number.parseInt(part, 10));
}

// Refs are "section.item" numbers, so a plain string sort would put "3.10"
// before "3.9" and "10.1" before "9.1"; compare each part as a number.
export function compareRefs(a: string, b: string): number {
  const left = refParts(a);
  const right = refParts(b);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const l = left[index];
    const r = right[index];
    if (l === undefined) return -1;
    if (r === undefined) return 1;
    if (Number.isNaN(l) || Number.isNaN(r)) {
      // Malformed refs still need a stable, total order rather than NaN.
      return a < b ? -1 : a > b ? 1 : 0;
    }
    if (l !== r) return l - r;
  }
  return 0;
}

export function objectivesForRoleArea(roleArea: CatalogueObjective['roleArea']): readonly CatalogueObjective[] {
  return CATALOGUE.filter((objective) => objective.roleArea === roleArea);
}
