import { signInSchema } from './schemas';
import { withSystem } from '../db/with-tenant';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { addressKey, accountKey, clearAccountFailures, isThrottled, recordFailure } from './throttle';
import { createSession } from './sessions';

export type SignedInUser = { id: string; email: string; name: string; sessionId: string };

/** Checks a password sign-in and opens a server-side session; null means "refuse, generically". */
export async function signInWithPassword(input: unknown, clientAddress: string): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await withSystem('sign-in', async (tx) => {
    if (await isThrottled(tx, [accountKey(email), addressKey(clientAddress)])) return null;
    return tx.user.findUnique({ where: { email } });
  });

  const passwordMatches = user?.passwordHash && !user.disabled
    ? await verifyPassword(user.passwordHash, password)
    : await burnPasswordCheck(password);

  if (!user || !passwordMatches) {
    await withSystem('sign-in', (tx) => recordFailure(tx, email, clientAddress));
    return null;
  }
  await withSystem('sign-in', (tx) => clearAccountFailures(tx, email));
  const sessionId = await createSession(user.id);
  return { id: user.id, email: user.email, name: user.displayName, sessionId };
}
