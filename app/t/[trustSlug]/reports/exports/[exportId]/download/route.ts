import { requireTenantForAction } from '@/lib/tenancy/require-tenant';
import { downloadErrorResponse } from '@/lib/actions/route-errors';
import { readReportExportFile } from '@/lib/reports/exports';

export const dynamic = 'force-dynamic';

/**
 * The stored file of a completed export, byte for byte. Only members of the trust get it; anyone
 * else, another trust's export id and an export without a file all get the same 404. Each
 * download is written to the audit trail.
 */
export async function GET(request: Request, { params }: RouteContext<'/t/[trustSlug]/reports/exports/[exportId]/download'>): Promise<Response> {
  const { trustSlug, exportId } = await params;
  try {
    const ctx = await requireTenantForAction(trustSlug);
    const file = await readReportExportFile(ctx, exportId);
    return new Response(new Uint8Array(file.content), {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.byteLength),
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
        'Repr-Digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return downloadErrorResponse(request, error, 'report export download failed', { exportId });
  }
}
