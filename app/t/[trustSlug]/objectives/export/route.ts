import { financialYearField } from '@/lib/assessments/schemas';
import { isAppError } from '@/lib/errors/app-error';
import { isUnavailable, serviceBusyResponse } from '@/lib/errors/http-status';
import { logError } from '@/lib/logging/logger';
import { objectivesCsvFileName, objectivesToCsv } from '@/lib/objectives/csv-export';
import { listAllObjectives } from '@/lib/objectives/queries';
import { requireTenantForAction } from '@/lib/tenancy/require-tenant';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * Every objective of the trust as a CSV file (UTF-8 with a byte order mark, formula-like cells
 * escaped by lib/objectives/csv-export.ts), or one financial year's with ?year=2026. Anyone who is
 * not a member of the trust gets the same 404 as for a trust that does not exist.
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
    if (isUnavailable(error)) return serviceBusyResponse();
    if (isAppError(error) && error.code === 'UNAUTHENTICATED') return plain(401, error.message);
    if (isAppError(error)) return plain(404, 'That page could not be found.');
    logError('objectives export failed', error);
    return plain(500, 'Something went wrong and the file could not be made. Try again.');
  }
}
