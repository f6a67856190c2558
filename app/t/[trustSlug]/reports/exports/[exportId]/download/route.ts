import { requireTenantForAction } from '@/lib/tenancy/require-tenant';
import { isAppError } from '@/lib/errors/app-error';
import { logError } from '@/lib/logging/logger';
import { readReportExportFile } from '@/lib/reports/exports';

type RouteContext = Readonly<{ params: Promise<{ trustSlug: string; exportId: string }> }>;

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Page not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * The stored file of a completed export, byte for byte. Only members of the trust get it; anyone
 * else, another trust's export id and an export without a file all get the same 404. Each
 * download is written to the audit trail.
 */
export async function GET(request: Request, { params }: RouteContext): Promise<Response> {
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
    if (isAppError(error) && error.code === 'UNAUTHENTICATED') {
      const path = new URL(request.url).pathname;
      return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(path)}` } });
    }
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return notFound();
    logError('report export download failed', error, { exportId });
    return new Response('Something went wrong. Try again.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
