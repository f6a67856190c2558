import type { DomainNumber } from './domains';
import type { RoleAreaId } from './role-areas';

// The tool groups maturing and thriving together for objectives, so an
// objective carries one of three tags rather than the five assessment levels.
export type ObjectiveMaturity = 'emerging' | 'developing' | 'maturing-thriving';

export type CatalogueObjective = {
  ref: string;
  roleArea: RoleAreaId;
  domain: DomainNumber;
  maturity: ObjectiveMaturity;
  priority: boolean;
  summary: string;
};
