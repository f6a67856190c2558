import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { createSession, revokeAllSessions, revokeSession, SESSION_IDLE_MS, SESSION_MAX_AGE_SECONDS, validateSession } from '../../../lib/auth/sessions';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

const MINUTE = 60_000;

function at(start: Date, ms: number): Date {
  return new Date(start.getTime() + ms);
}

describe('server-side sessions', () => {
  beforeEach(resetDatabase);

  it('a fresh session returns its user', async () => {
    const user = await createTestUser({ displayName: 'Fresh Session' });
    const sessionId = await createSession(user.id);

    expect(await validateSession(sessionId)).toEqual({ id: user.id, email: user.email, displayName: 'Fresh Session', sessionId });
  });

  it('an unknown session id returns null', async () => {
    const user = await createTestUser();
    await createSession(user.id);

    expect(await validateSession('6f0d2c1e-0000-4000-8000-000000000000')).toBeNull();
  });

  it('a session id that is not a uuid returns null instead of a database error', async () => {
    for (const sessionId of ["' OR 1=1 --", '', 'not-a-uuid', '6f0d2c1e-0000-4000-8000-00000000000']) expect(await validateSession(sessionId)).toBeNull();
  });

  it('signing out revokes that session only', async () => {
    const user = await createTestUser();
    const signedOut = await createSession(user.id);
    const otherDevice = await createSession(user.id);

    await revokeSession(signedOut);

    expect(await validateSession(signedOut)).toBeNull();
    expect(await validateSession(otherDevice)).toMatchObject({ id: user.id, sessionId: otherDevice });
  });

  it('“sign out everywhere” ends every session the user has, and nobody else’s', async () => {
    const user = await createTestUser();
    const someoneElse = await createTestUser();
    const laptop = await createSession(user.id);
    const phone = await createSession(user.id);
    const tablet = await createSession(user.id);
    await revokeSession(tablet);
    const theirs = await createSession(someoneElse.id);

    expect(await revokeAllSessions(user.id)).toBe(2);

    expect(await validateSession(laptop)).toBeNull();
    expect(await validateSession(phone)).toBeNull();
    expect(await validateSession(theirs)).toMatchObject({ id: someoneElse.id });
    expect(await getPrisma().authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it('disabling a user ends their sessions at once', async () => {
    const user = await createTestUser();
    const sessionId = await createSession(user.id);
    expect(await validateSession(sessionId)).not.toBeNull();

    await getPrisma().user.update({ where: { id: user.id }, data: { disabled: true } });

    expect(await validateSession(sessionId)).toBeNull();
  });

  it('a session idle for more than 30 minutes has ended; one used within 30 minutes has not', async () => {
    const user = await createTestUser();
    const start = new Date('2026-02-02T09:00:00Z');
    const idle = await createSession(user.id, start);
    const active = await createSession(user.id, start);

    expect(await validateSession(active, at(start, SESSION_IDLE_MS))).not.toBeNull();
    expect(await validateSession(idle, at(start, SESSION_IDLE_MS + 1))).toBeNull();
    expect(await validateSession(active, at(start, SESSION_IDLE_MS + 25 * MINUTE))).not.toBeNull();
    expect(await validateSession(active, at(start, 2 * SESSION_IDLE_MS + 25 * MINUTE + 1))).toBeNull();
  });

  it('a session in constant use still ends 12 hours after sign-in', async () => {
    const user = await createTestUser();
    const start = new Date('2026-02-02T07:00:00Z');
    const sessionId = await createSession(user.id, start);
    const maxAgeMs = SESSION_MAX_AGE_SECONDS * 1000;

    let checked = 0;
    for (let elapsed = 20 * MINUTE; elapsed < maxAgeMs; elapsed += 20 * MINUTE) {
      expect(await validateSession(sessionId, at(start, elapsed))).not.toBeNull();
      checked += 1;
    }
    expect(checked).toBe(35);
    expect(await validateSession(sessionId, at(start, maxAgeMs - 1))).not.toBeNull();
    expect(await validateSession(sessionId, at(start, maxAgeMs))).toBeNull();
    expect(await validateSession(sessionId, at(start, maxAgeMs + 5 * MINUTE))).toBeNull();
  });

  it('a revoked session stays ended even while it would otherwise be fresh', async () => {
    const user = await createTestUser();
    const sessionId = await createSession(user.id);
    await revokeSession(sessionId);
    await revokeSession(sessionId);

    expect(await validateSession(sessionId)).toBeNull();
    expect(await revokeAllSessions(user.id)).toBe(0);
  });
});
