import type { Maturity } from '../assessments/scoring';
import type { DomainNumber } from '../catalogue/domains';

// What the peer comparison page receives: counts of trusts at each maturity level, never a trust.

type MaturityCounts = Readonly<Record<Maturity, number>>;

export type PeerGroupKind = 'type' | 'region' | 'all';

export type PeerGroupDto =
  | Readonly<{
      kind: PeerGroupKind;
      label: string;
      shown: true;
      trustCount: number;
      domains: readonly Readonly<{ domain: DomainNumber; label: string; counts: MaturityCounts }>[];
    }>
  | Readonly<{ kind: PeerGroupKind; label: string; shown: false }>;

export type PeerYearDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  /** Same trust type, same region, all opted-in trusts, in that order. */
  groups: readonly PeerGroupDto[];
  /** This trust's own level per domain that year (from its own data), when it has results. */
  own: readonly Readonly<{ domain: DomainNumber; maturity: Maturity; maturityLabel: string }>[] | null;
}>;

export type PeerComparisonDto =
  | Readonly<{ optedIn: false }>
  | Readonly<{ optedIn: true; minimumGroupSize: number; trustTypeLabel: string; regionLabel: string; years: readonly PeerYearDto[] }>;

export type PeerOptInDto = Readonly<{ optedIn: boolean; optedInAt: Date | null; canChange: boolean }>;
