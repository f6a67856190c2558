import { describe, expect, it } from 'vitest';
import { isSameOriginWrite } from '../../../lib/auth/same-origin';

const headers = (values: Record<string, string>) => new Headers(values);

describe('the same-origin check on requests that may change something', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example', origin: 'https://evil.example' }))).toBe(true);
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example' }))).toBe(true);
    }
  });

  it('lets a write through when its Origin names this host', () => {
    expect(isSameOriginWrite('POST', headers({ host: 'localhost:3100', origin: 'http://localhost:3100' }))).toBe(true);
    expect(isSameOriginWrite('DELETE', headers({ host: 'internal:3000', 'x-forwarded-host': 'fairboard.example', origin: 'https://fairboard.example' }))).toBe(true);
  });

  it('refuses a write with another site’s Origin, a "null" Origin, a malformed one or none', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example', origin: 'https://evil.example' }))).toBe(false);
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example', origin: 'https://fairboard.example.evil.example' }))).toBe(false);
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example', origin: 'null' }))).toBe(false);
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example', origin: 'not a url' }))).toBe(false);
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example' }))).toBe(false);
    }
  });

  it('compares the port too, and needs a host to compare with', () => {
    expect(isSameOriginWrite('POST', headers({ host: 'localhost:3100', origin: 'http://localhost:3101' }))).toBe(false);
    expect(isSameOriginWrite('POST', headers({ origin: 'http://localhost:3100' }))).toBe(false);
  });
});
