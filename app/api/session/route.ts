import { getCurrentUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

/**
 * "Stay signed in" for the idle warning: checking the session counts as activity (the check
 * records it, as every signed-in request does), and the answer says whether it is still open.
 * It carries nothing else, so it answers anyone.
 */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  return Response.json({ signedIn: user !== null }, { headers: { 'Cache-Control': 'no-store' } });
}
