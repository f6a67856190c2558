import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum for Argon2id: 19 MiB of memory, two passes, one lane.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id; the package's const enum cannot be imported under isolatedModules */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash so that an unknown account costs as much time as a known one
 * and response times do not reveal which e-mail addresses have accounts.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('fairboard-timing-equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}
