import { isIP } from 'node:net';

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/**
 * The header in which scripts/serve.ts passes on the address of the TCP peer. It overwrites any
 * copy the client sent, so it is the one thing about the caller's address nobody can write.
 */
export const SOCKET_ADDRESS_HEADER = 'x-fairboard-socket-address';
const SERVER_MARK = Symbol.for('fairboard.socket-address-recorded');

/**
 * Called by our own server (scripts/serve.ts) before it serves anything. Under `next start` or
 * `next dev` nothing overwrites the header, so a copy of it would be the client's word: without
 * this mark it is never read and every caller counts as one "unknown" address.
 */
export function markSocketAddressRecorded(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
}

function socketAddressIsRecorded(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVER_MARK] === true;
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** "::ffff:192.0.2.1" (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

export type TrustedProxies = Readonly<{ hops: number } | { ranges: readonly string[] }>;

/**
 * TRUSTED_PROXIES: unset, empty or 0 trusts no proxy (the socket peer is the client); a number is
 * how many proxy hops stand in front of the app; otherwise a comma-separated list of proxy
 * addresses or CIDR ranges, so a peer outside the list is taken as the client whatever it wrote.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '') return { hops: 0 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const ranges = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const range of ranges) {
    const [address, bits] = range.split('/');
    if (!isIP(address ?? '') || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new Error(`TRUSTED_PROXIES: "${range}" is neither a number of hops nor an address or CIDR range`);
    }
  }
  return { ranges };
}

function toBigInt(address: string): { family: 4 | 6; value: bigint } | null {
  const normal = normaliseAddress(address);
  if (isIP(normal) === 4) return { family: 4, value: normal.split('.').reduce((sum, part) => (sum << 8n) + BigInt(Number(part)), 0n) };
  if (isIP(normal) !== 6) return null;
  const [head = '', tail = ''] = normal.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = normal.includes('::') ? (tail ? tail.split(':') : []) : [];
  const parts = [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts];
  return { family: 6, value: parts.reduce((sum, part) => (sum << 16n) + BigInt(parseInt(part, 16)), 0n) };
}

export function addressInRange(address: string, range: string): boolean {
  const [base = '', bitsText] = range.split('/');
  const target = toBigInt(address);
  const network = toBigInt(base);
  if (!target || !network || target.family !== network.family) return false;
  const width = target.family === 4 ? 32 : 128;
  const bits = bitsText === undefined ? width : Math.min(width, Number(bitsText));
  const shift = BigInt(width - bits);
  return target.value >> shift === network.value >> shift;
}

/**
 * The client's address for throttling. The chain is what X-Forwarded-For lists, then the socket
 * peer. With no trusted proxy the peer is the client and X-Forwarded-For is not read at all. With
 * N trusted hops the entry N from the right end of the chain is the one our nearest proxy saw; a
 * shorter chain (a request that came in with fewer hops) gives its left-most entry, which a
 * trusted hop wrote. With a list of proxies the chain is walked from the right past the trusted
 * ones, and the first address that is not a trusted proxy is the client.
 */
export function clientAddressFromHeaders(headers: HeaderBag, trusted: TrustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES)): string {
  const peer = socketAddressIsRecorded() ? header(headers, SOCKET_ADDRESS_HEADER) : undefined;
  if (!peer) return 'unknown';
  const socket = normaliseAddress(peer);
  if ('hops' in trusted && trusted.hops < 1) return socket;
  const forwarded = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(normaliseAddress);
  const chain = [...forwarded, socket];
  if ('hops' in trusted) return chain[Math.max(0, chain.length - 1 - trusted.hops)]!;
  for (let index = chain.length - 1; index > 0; index -= 1) {
    if (!trusted.ranges.some((range) => addressInRange(chain[index]!, range))) return chain[index]!;
  }
  return chain[0]!;
}
