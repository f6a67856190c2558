import { describe, expect, it } from 'vitest';
import { clientAddressFromHeaders } from '../../../lib/auth/client-address';

describe('the client address used for sign-in throttling', () => {
  it('takes the address the trusted proxy appended, ignoring forged entries the client put to its left', () => {
    expect(clientAddressFromHeaders({ 'x-forwarded-for': '10.9.9.9, 1.2.3.4, 203.0.113.5' }, 1)).toBe('203.0.113.5');
    expect(clientAddressFromHeaders({ 'x-forwarded-for': '203.0.113.5' }, 1)).toBe('203.0.113.5');
  });

  it('counts the configured number of trusted hops from the right', () => {
    expect(clientAddressFromHeaders({ 'x-forwarded-for': 'forged, 203.0.113.5, 10.0.0.2' }, 2)).toBe('203.0.113.5');
    expect(clientAddressFromHeaders({ 'x-forwarded-for': 'forged-1,forged-2,203.0.113.5,10.0.0.2,10.0.0.3' }, 3)).toBe('203.0.113.5');
  });

  it('gives the same answer however many forged entries are added, so rotating them cannot dodge the per-address limit', () => {
    const answers = ['', '1.1.1.1, ', '1.1.1.1, 2.2.2.2, 3.3.3.3, '].map((forged) => clientAddressFromHeaders({ 'x-forwarded-for': `${forged}198.51.100.23` }, 1));
    expect(new Set(answers)).toEqual(new Set(['198.51.100.23']));
  });

  it('reads a Fetch Headers object and repeated headers the same way', () => {
    expect(clientAddressFromHeaders(new Headers({ 'x-forwarded-for': 'forged, 203.0.113.5' }), 1)).toBe('203.0.113.5');
    expect(clientAddressFromHeaders({ 'x-forwarded-for': ['forged', '203.0.113.5'] }, 1)).toBe('203.0.113.5');
  });

  it('says "unknown" when there is no forwarded address or no trusted proxy', () => {
    expect(clientAddressFromHeaders({}, 1)).toBe('unknown');
    expect(clientAddressFromHeaders({ 'x-forwarded-for': ' , ' }, 1)).toBe('unknown');
    expect(clientAddressFromHeaders({ 'x-forwarded-for': '203.0.113.5' }, 0)).toBe('unknown');
  });

  it('reads TRUSTED_PROXY_HOPS when no hop count is passed', () => {
    const saved = process.env.TRUSTED_PROXY_HOPS;
    process.env.TRUSTED_PROXY_HOPS = '2';
    try {
      expect(clientAddressFromHeaders({ 'x-forwarded-for': 'forged, 203.0.113.5, 10.0.0.2' })).toBe('203.0.113.5');
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXY_HOPS;
      else process.env.TRUSTED_PROXY_HOPS = saved;
    }
  });
});
