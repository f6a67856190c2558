import { formatFinancialYear } from '../calendar/financial-year';
import { resultFromImportedScores } from '../assessments/result-details';
import { maturityLabel } from '../assessments/maturity-labels';
import { scoreAssessment, type AnswerSet, type AnswerValue, type Maturity } from '../assessments/scoring';
import { DOMAIN_NUMBERS, findDomain, type DomainNumber } from '../catalogue/domains';
import type { NhsRegion, TrustType } from '../db/generated/enums';
import { withSystem, withTenant, type Tx } from '../db/with-tenant';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { regionLabel, trustTypeLabel } from '../trusts/labels';
import { MATURITY_ORDER } from '../review/labels';
import { readAssessmentYears } from '../review/year-records';
import { MIN_GROUP_SIZE, shownGroups, type GroupKey, type PeerMember } from './disclosure';
import type { PeerGroupDto, PeerYearDto, PeerComparisonDto, PeerGroupKind } from './peer-dto';

// Peer comparison: the one sanctioned read across trusts. It runs on the named system path
// 'peer-comparison', reads only opted-in trusts' approved (or imported) results, and returns
// nothing but counts of trusts at each maturity level for groups of at least MIN_GROUP_SIZE that
// pass the rules in disclosure.ts. No trust id, name or code leaves this file: the query does not
// even select them.

/** One opted-in trust's levels in one year. Deliberately anonymous: type, region and levels only. */
type PeerResult = PeerMember & Readonly<{ financialYear: number; maturities: Readonly<Record<DomainNumber, Maturity>> }>;

type PeerRow = {
  type: TrustType;
  region: NhsRegion;
  financialYear: number;
  answers: { questionRef: string; value: AnswerValue }[];
  imported: { domain: number; score: number; maxScore: number }[];
};

/**
 * Every opted-in trust's approved results, scored exactly as each trust's own results page scores
 * them. The caller's own opt-in is checked again inside the query, so a trust that has opted out
 * meanwhile reads nothing. Imported assessments are approved from the start, so `status =
 * 'approved'` covers both.
 */
async function readOptedInResults(tx: Tx, callerTrustId: string): Promise<PeerResult[]> {
  const rows = await tx.$queryRaw<PeerRow[]>`
    SELECT t.type::text AS type, t.region::text AS region, a."financialYear" AS "financialYear",
           COALESCE((SELECT json_agg(json_build_object('questionRef', aa."questionRef", 'value', aa.value::text))
                     FROM "AssessmentAnswer" aa
                     WHERE aa."assessmentId" = a.id AND aa."trustId" = a."trustId" AND aa.value IS NOT NULL), '[]'::json) AS answers,
           COALESCE((SELECT json_agg(json_build_object('domain', r.domain, 'score', r.score, 'maxScore', r."maxScore"))
                     FROM "ImportedDomainResult" r
                     WHERE r."assessmentId" = a.id AND r."trustId" = a."trustId"), '[]'::json) AS imported
    FROM "Assessment" a
    JOIN "Trust" t ON t.id = a."trustId"
    WHERE t."peerComparisonOptIn" AND a.status = 'approved'
      AND EXISTS (SELECT 1 FROM "Trust" caller WHERE caller.id = ${callerTrustId}::uuid AND caller."peerComparisonOptIn")`;
  return rows.map((row) => {
    const answers: AnswerSet = Object.fromEntries(row.answers.map((answer) => [answer.questionRef, answer.value]));
    const result = row.imported.length > 0 ? resultFromImportedScores(row.imported) : scoreAssessment(answers);
    const maturities = Object.fromEntries(result.domains.map((domain) => [domain.domain, domain.maturity])) as Record<DomainNumber, Maturity>;
    return { type: row.type, region: row.region, financialYear: row.financialYear, maturities };
  });
}

const emptyCounts = (): Record<Maturity, number> => Object.fromEntries(MATURITY_ORDER.map((maturity) => [maturity, 0])) as Record<Maturity, number>;

function groupFor(kind: PeerGroupKind, label: string, key: GroupKey, results: readonly PeerResult[], shown: ReadonlySet<GroupKey>): PeerGroupDto {
  if (!shown.has(key)) return { kind, label, shown: false };
  const members = results.filter((result) => key === 'all' || key === `type:${result.type}` || key === `region:${result.region}`);
  return {
    kind,
    label,
    shown: true,
    trustCount: members.length,
    domains: DOMAIN_NUMBERS.map((domain) => {
      const counts = emptyCounts();
      for (const member of members) {
        const maturity = member.maturities[domain];
        if (maturity) counts[maturity] += 1;
      }
      return { domain, label: findDomain(domain).label, counts };
    }),
  };
}

/**
 * Per financial year and domain, how many comparable opted-in trusts are at each maturity level:
 * same trust type, same NHS region, and all opted-in trusts. Nothing at all for a trust that has
 * not opted in (and no cross-trust read happens for it). A group that is too small, or that would
 * let a single trust's results be worked out from another group, is marked not shown and carries
 * no figures, not even its size.
 */
export async function getPeerComparison(ctx: TenantContext): Promise<PeerComparisonDto> {
  assertCan(ctx, 'review.view');
  const own = await withTenant(ctx, async (tx) => {
    const trust = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: { type: true, region: true, peerComparisonOptIn: true } });
    return trust ? { trust, years: (await readAssessmentYears(tx, ctx)).filter((year) => year.countsAsResult) } : null;
  });
  if (!own?.trust.peerComparisonOptIn) return { optedIn: false };
  const { type, region } = own.trust;
  const results = await withSystem('peer-comparison', (tx) => readOptedInResults(tx, ctx.trustId));
  const yearNumbers = [...new Set([...results.map((result) => result.financialYear), ...own.years.map((year) => year.financialYear)])].sort((a, b) => b - a);
  const years = yearNumbers.flatMap((financialYear): PeerYearDto[] => {
    const inYear = results.filter((result) => result.financialYear === financialYear);
    const shown = shownGroups(inYear);
    const groups = [
      groupFor('type', `${trustTypeLabel(type)} trusts`, `type:${type}`, inYear, shown),
      groupFor('region', `Trusts in the ${regionLabel(region)}`, `region:${region}`, inYear, shown),
      groupFor('all', 'All opted-in trusts', 'all', inYear, shown),
    ];
    const ownYear = own.years.find((year) => year.financialYear === financialYear);
    if (!ownYear && groups.every((group) => !group.shown)) return [];
    return [
      {
        financialYear,
        financialYearLabel: formatFinancialYear(financialYear),
        groups,
        own: ownYear
          ? ownYear.domains.map((domain) => ({ domain: domain.domain, maturity: domain.maturity, maturityLabel: maturityLabel(domain.maturity) }))
          : null,
      },
    ];
  });
  return { optedIn: true, minimumGroupSize: MIN_GROUP_SIZE, trustTypeLabel: trustTypeLabel(type), regionLabel: regionLabel(region), years };
}
