'use server';

import { requireUserForAction } from '@/lib/auth/current-user';
import { revokeAllSessions } from '@/lib/auth/sessions';

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUserForAction();
  await revokeAllSessions(user.id);
}
