import { requireTenantForAction } from '@/lib/tenancy/require-tenant';
import { downloadErrorResponse } from '@/lib/actions/route-errors';
import { exportTrustData } from '@/lib/trusts/data-export';

export const dynamic = 'force-dynamic';

/**
 * Everything the trust holds, as a zip, for its administrator only: anyone else gets the same 404
 * as for a trust they do not belong to. Each download is written to the audit trail.
 */
export async function GET(request: Request, { params }: RouteContext<'/t/[trustSlug]/data-export/download'>): Promise<Response> {
  const { trustSlug } = await params;
  try {
    const ctx = await requireTenantForAction(trustSlug);
    const exported = await exportTrustData(ctx);
    return new Response(new Uint8Array(exported.zip), {
      status: 200,
      headers: {
        'Content-Type': 'application/zip',
        'Content-Length': String(exported.zip.length),
        'Content-Disposition': `attachment; filename="${exported.fileName}"`,
        'Cache-Control': 'private, no-store',
        'Repr-Digest': `sha-256=:${Buffer.from(exported.sha256, 'hex').toString('base64')}:`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return downloadErrorResponse(request, error, 'trust data export failed');
  }
}
