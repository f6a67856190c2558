import { financialYearField } from '@/lib/assessments/schemas';
import { downloadErrorResponse } from '@/lib/actions/route-errors';
import { objectivesCsvFileName, objectivesToCsv } from '@/lib/objectives/csv-export';
import { listAllObjectives } from '@/lib/objectives/queries';
import { requireTenantForAction } from '@/lib/tenancy/require-tenant';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * Every objective of the trust as a CSV file (UTF-8 with a byte order mark, formula-like cells
 * escaped by lib/objectives/csv-export.ts), or one financial year's with ?year=2026. Answers a
 * refusal as the other downloads do (lib/actions/route-errors.ts): signed out, to sign-in and back;
 * anyone who is not a member of the trust, the same 404 as for a trust that does not exist.
 */
export async function GET(request: Request, { params }: RouteContext<'/t/[trustSlug]/objectives/export'>): Promise<Response> {
  try {
    const ctx = await requireTenantForAction((await params).trustSlug);
    const yearParam = new URL(request.url).searchParams.get('year');
    const year = yearParam === null ? undefined : financialYearField.safeParse(yearParam);
    if (year && !year.success) return plain(400, 'Enter a financial year like 2026 or 2026/27.');
    const financialYear = year?.data;
    const objectives = await listAllObjectives(ctx);
    const rows = financialYear === undefined ? objectives : objectives.filter((objective) => objective.financialYear === financialYear);
    return new Response(objectivesToCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${objectivesCsvFileName(ctx.trustSlug, financialYear)}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return downloadErrorResponse(request, error, 'objectives export failed');
  }
}
