import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../forms/ids';
import type { KnownDeviceRef } from './throttle';

/**
 * A "known device" cookie (OWASP's device cookie): set after a successful sign-in, signed with the
 * server's secret, naming the user and a random device id. It lets its owner past the account's
 * counters, which a stranger can fill, and puts the device under a counter of its own. It is no
 * proof of identity: the password is still checked, and the address's counter still applies.
 */
export const KNOWN_DEVICE_COOKIE = 'fairboard-known-device';
export const KNOWN_DEVICE_DAYS = 90;

type Payload = { u: string; d: string; e: number };

function signature(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`known-device.${body}`).digest();
}

export function issueKnownDevice(device: KnownDeviceRef, secret: string, now = new Date()): string {
  const payload: Payload = { u: device.userId, d: device.deviceId, e: now.getTime() + KNOWN_DEVICE_DAYS * 86_400_000 };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${signature(body, secret).toString('base64url')}`;
}

export function newDeviceId(): string {
  return randomUUID();
}

/** The device a cookie names, or null for anything not signed by us, expired or malformed. */
export function readKnownDevice(value: string | undefined, secret: string | undefined, now = new Date()): KnownDeviceRef | null {
  if (!value || !secret) return null;
  const [body, mac, extra] = value.split('.');
  if (!body || !mac || extra !== undefined) return null;
  const expected = signature(body, secret);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload>;
    if (!isUuid(String(payload.u)) || !isUuid(String(payload.d)) || typeof payload.e !== 'number' || payload.e <= now.getTime()) return null;
    return { userId: String(payload.u), deviceId: String(payload.d) };
  } catch {
    return null;
  }
}

/** The cookie's value from a raw Cookie header. */
export function knownDeviceFromCookieHeader(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === KNOWN_DEVICE_COOKIE) return rest.join('=');
  }
  return undefined;
}
