import { readFileSync } from 'node:fs';
import { encode } from 'next-auth/jwt';

/**
 * Session cookies made by hand: next-auth v4 keeps the session in an encrypted JWT (JWE, "dir" +
 * A256GCM) that carries only the user id and the server-side session id. The e2e server takes its
 * secret from NEXTAUTH_SECRET or, when that is unset, from .data/nextauth-secret (scripts/start.ts).
 */
export function serverSecret(): string {
  return process.env.NEXTAUTH_SECRET ?? readFileSync('.data/nextauth-secret', 'utf8').trim();
}

export function forgeCookie(secret: string, claims: Record<string, unknown>): Promise<string> {
  return encode({ token: claims, secret, maxAge: 12 * 60 * 60 });
}

/**
 * Copies of a token with one character changed at evenly spread positions (every part of it is
 * covered). The last character of each part is left alone: some of its bits may be padding, so a
 * change there need not change the bytes.
 */
export function flippedCopies(token: string, count: number): { position: number; value: string }[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const positions = [...new Set(Array.from({ length: count }, (_, i) => Math.floor((i * (token.length - 1)) / (count - 1))))];
  return positions
    .filter((position) => token[position] !== '.' && position + 1 < token.length && token[position + 1] !== '.')
    .map((position) => {
      const current = token[position]!;
      const replacement = alphabet[(alphabet.indexOf(current) + 17) % alphabet.length]!;
      return { position, value: `${token.slice(0, position)}${replacement}${token.slice(position + 1)}` };
    });
}

/** A JWT with no signature or encryption at all ("alg": "none"), as an attacker might try. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
