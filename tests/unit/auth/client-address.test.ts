import { beforeAll, describe, expect, it } from 'vitest';
import {
  addressInRange,
  clientAddressFromHeaders,
  markSocketAddressRecorded,
  parseTrustedProxies,
  SOCKET_ADDRESS_HEADER,
} from '../../../lib/auth/client-address';

const PEER = '10.0.0.2';
/** The headers as our server (scripts/serve.ts) hands them on: the socket peer recorded, XFF as sent. */
const from = (forwardedFor?: string, peer = PEER) => ({
  [SOCKET_ADDRESS_HEADER]: peer,
  ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
});
const ONE = { hops: 1 } as const;

describe('the client address used for sign-in throttling', () => {
  beforeAll(markSocketAddressRecorded);

  it('trusts no proxy by default: the socket peer is the client, whatever X-Forwarded-For says', () => {
    for (const forged of [undefined, '203.0.113.5', '1.1.1.1, 2.2.2.2', 'garbage']) {
      expect(clientAddressFromHeaders(from(forged, '198.51.100.7'), parseTrustedProxies(undefined))).toBe('198.51.100.7');
      expect(clientAddressFromHeaders(from(forged, '198.51.100.7'), parseTrustedProxies('0'))).toBe('198.51.100.7');
    }
  });

  it('with one trusted hop, takes the address the proxy appended, ignoring forged entries the client put to its left', () => {
    expect(clientAddressFromHeaders(from('10.9.9.9, 1.2.3.4, 203.0.113.5'), ONE)).toBe('203.0.113.5');
    expect(clientAddressFromHeaders(from('203.0.113.5'), ONE)).toBe('203.0.113.5');
  });

  it('counts the configured number of trusted hops from the right', () => {
    expect(clientAddressFromHeaders(from('forged, 203.0.113.5, 10.0.0.2'), { hops: 2 })).toBe('203.0.113.5');
    expect(clientAddressFromHeaders(from('forged-1,forged-2,203.0.113.5,10.0.0.2,10.0.0.3'), { hops: 3 })).toBe('203.0.113.5');
  });

  it('gives the same answer however many forged entries are added, so rotating them cannot dodge the per-address limit', () => {
    const answers = ['', '1.1.1.1, ', '1.1.1.1, 2.2.2.2, 3.3.3.3, '].map((forged) => clientAddressFromHeaders(from(`${forged}198.51.100.23`), ONE));
    expect(new Set(answers)).toEqual(new Set(['198.51.100.23']));
  });

  it('with a list of proxies, walks past the trusted ones and stops at the first that is not', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1');
    expect(clientAddressFromHeaders(from('6.6.6.6, 203.0.113.5, 192.0.2.1', '10.1.2.3'), trusted)).toBe('203.0.113.5');
    expect(clientAddressFromHeaders(from('6.6.6.6, 203.0.113.5', '198.51.100.9'), trusted), 'a peer outside the list is the client').toBe('198.51.100.9');
    expect(clientAddressFromHeaders(from(undefined, '::ffff:10.1.2.3'), trusted), 'only proxies: the furthest one').toBe('10.1.2.3');
    expect(clientAddressFromHeaders(from('2001:db8::5', '::1'), parseTrustedProxies('127.0.0.1, ::1'))).toBe('2001:db8::5');
  });

  it('reads a Fetch Headers object and repeated headers the same way', () => {
    expect(clientAddressFromHeaders(new Headers(from('forged, 203.0.113.5')), ONE)).toBe('203.0.113.5');
    expect(clientAddressFromHeaders({ ...from(), 'x-forwarded-for': ['forged', '203.0.113.5'] }, ONE)).toBe('203.0.113.5');
  });

  it('a request that came through fewer hops than configured gives the left-most entry, which a trusted hop wrote', () => {
    expect(clientAddressFromHeaders(from(), ONE)).toBe(PEER);
    expect(clientAddressFromHeaders(from(' , '), ONE)).toBe(PEER);
    expect(clientAddressFromHeaders(from('203.0.113.5'), { hops: 3 })).toBe('203.0.113.5');
  });

  it('with no recorded socket address there is no address to trust: "unknown"', () => {
    expect(clientAddressFromHeaders({ 'x-forwarded-for': '203.0.113.5' }, ONE)).toBe('unknown');
  });

  it('reads TRUSTED_PROXIES when nothing is passed, and refuses a value it cannot read', () => {
    const saved = process.env.TRUSTED_PROXIES;
    process.env.TRUSTED_PROXIES = '2';
    try {
      expect(clientAddressFromHeaders(from('forged, 203.0.113.5, 10.0.0.2'))).toBe('203.0.113.5');
      delete process.env.TRUSTED_PROXIES;
      expect(clientAddressFromHeaders(from('forged, 203.0.113.5, 10.0.0.2'))).toBe(PEER);
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = saved;
    }
    expect(() => parseTrustedProxies('nginx')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.0/x')).toThrow(/TRUSTED_PROXIES/);
  });

  it('matches IPv4 and IPv6 ranges', () => {
    expect(addressInRange('172.18.0.5', '172.16.0.0/12')).toBe(true);
    expect(addressInRange('172.32.0.5', '172.16.0.0/12')).toBe(false);
    expect(addressInRange('::ffff:172.18.0.5', '172.16.0.0/12')).toBe(true);
    expect(addressInRange('fd00::1:2', 'fd00::/8')).toBe(true);
    expect(addressInRange('fe80::1', 'fd00::/8')).toBe(false);
    expect(addressInRange('192.0.2.1', 'fd00::/8')).toBe(false);
  });
});
