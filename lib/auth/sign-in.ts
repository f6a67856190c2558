import { signInSchema } from './schemas';
import { withSystem } from '../db/with-tenant';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { claimAttempt, recordSuccess, type Attempt } from './throttle';
import { createSession } from './sessions';
import { issueKnownDevice, newDeviceId, readKnownDevice } from './known-device';

export type SignedInUser = { id: string; email: string; name: string; sessionId: string; knownDeviceCookie: string | null };

export type SignInContext = Readonly<{
  clientAddress: string;
  /** The known-device cookie the browser sent, if any (lib/auth/known-device.ts). */
  knownDeviceCookie?: string;
  /** The secret the cookie is signed with; NEXTAUTH_SECRET unless a test passes its own. */
  secret?: string;
  now?: Date;
}>;

/** Checks a password sign-in and opens a server-side session; null means "refuse, generically". */
export async function signInWithPassword(input: unknown, context: SignInContext | string): Promise<SignedInUser | null> {
  const {
    clientAddress,
    knownDeviceCookie: sentCookie,
    secret = process.env.NEXTAUTH_SECRET,
    now = new Date(),
  } = typeof context === 'string' ? { clientAddress: context } : context;
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const cookieDevice = readKnownDevice(sentCookie, secret, now);

  const claim = await withSystem('sign-in', async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    // A device is known only to the account it signed in to.
    const device = cookieDevice && user && cookieDevice.userId === user.id ? cookieDevice : null;
    const attempt: Attempt = { email, address: clientAddress, device };
    const counted = await claimAttempt(tx, attempt, now);
    return { user: counted ? user : null, attempt, counted };
  });

  // A refused attempt costs the same password check as any other, so its timing tells nothing.
  const { user, attempt, counted } = claim;
  const passwordMatches = user?.passwordHash && !user.disabled ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
  if (!user || !counted || !passwordMatches) return null;

  await withSystem('sign-in', (tx) => recordSuccess(tx, attempt, counted));
  const sessionId = await createSession(user.id);
  const knownDeviceCookie: string | null = secret
    ? issueKnownDevice({ userId: user.id, deviceId: attempt.device?.deviceId ?? newDeviceId() }, secret, now)
    : null;
  return { id: user.id, email: user.email, name: user.displayName, sessionId, knownDeviceCookie };
}
