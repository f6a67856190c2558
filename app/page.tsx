import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { listUserTrusts } from '@/lib/tenancy/memberships';
import { trustPath, trustsPath } from '@/lib/routes/paths';

/** Sends people straight to their trust when they have only one. */
export default async function HomePage() {
  const user = await requireUser();
  const trusts = await listUserTrusts(user.id);
  redirect(trusts.length === 1 && trusts[0] ? trustPath(trusts[0].slug) : trustsPath());
}
