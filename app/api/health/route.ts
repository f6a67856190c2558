export const dynamic = 'force-dynamic';

/**
 * A liveness answer that touches no database: for load balancers, and the trivial route the
 * benchmark measures every page against (npm run bench), so its figures show the cost of the
 * page itself rather than of the machine.
 */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
