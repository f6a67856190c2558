import { formatFinancialYear } from '../calendar/financial-year';
import { withTenant } from '../db/with-tenant';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { ReportYearDto } from './report-dto';

/** The years an annual report can be exported for: those with a self-assessment, newest first. */
export async function listReportYears(ctx: TenantContext): Promise<ReportYearDto[]> {
  assertCan(ctx, 'report.view');
  return withTenant(ctx, async (tx) => {
    const rows = await tx.assessment.findMany({
      where: { trustId: ctx.trustId },
      select: { financialYear: true, status: true },
      orderBy: { financialYear: 'desc' },
    });
    return rows.map((row) => ({
      financialYear: row.financialYear,
      label: formatFinancialYear(row.financialYear),
      status: row.status === 'approved' ? 'approved' : 'draft',
    }));
  });
}
