import { describe, expect, it } from 'vitest';
import { isSameOriginWrite } from '../../../lib/auth/same-origin';
import { siteOrigin } from '../../../lib/auth/site-url';

const headers = (values: Record<string, string>) => new Headers(values);
const SITE = 'https://fairboard.example';

describe('the same-origin check on requests that may change something', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example', origin: 'https://evil.example' }))).toBe(true);
      expect(isSameOriginWrite(method, headers({ host: 'fairboard.example' }))).toBe(true);
    }
  });

  it('lets a write through when its Origin names this host', () => {
    expect(isSameOriginWrite('POST', headers({ host: 'localhost:3100', origin: 'http://localhost:3100' }))).toBe(true);
    // Behind a proxy the site address says which origin is ours, whatever Host the app sees.
    expect(
      isSameOriginWrite('DELETE', headers({ host: 'internal:3000', 'x-forwarded-host': 'fairboard.example', origin: 'https://fairboard.example' }), SITE),
    ).toBe(true);
  });

  it('with a site address, compares scheme, host and port with it and ignores a forged X-Forwarded-Host', () => {
    // The attack: a request whose Origin matches a forged X-Forwarded-Host (and Host) but not the site.
    expect(isSameOriginWrite('POST', headers({ host: 'evil.example', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' }), SITE)).toBe(false);
    expect(isSameOriginWrite('POST', headers({ host: 'fairboard.example', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' }), SITE)).toBe(
      false,
    );
    expect(isSameOriginWrite('POST', headers({ host: 'fairboard.example', origin: 'http://fairboard.example' }), SITE), 'plain http to an https site').toBe(
      false,
    );
    expect(isSameOriginWrite('POST', headers({ host: 'fairboard.example', origin: 'https://fairboard.example:8443' }), SITE), 'another port').toBe(false);
    expect(isSameOriginWrite('POST', headers({ host: 'fairboard.example', origin: 'https://fairboard.example.evil.example' }), SITE)).toBe(false);
    expect(isSameOriginWrite('POST', headers({ host: 'fairboard.example', origin: 'null' }), SITE)).toBe(false);
    expect(isSameOriginWrite('POST', headers({ host: 'fairboard.example' }), SITE)).toBe(false);
    // The real site's origin passes, whatever Host and X-Forwarded-Host the app was handed.
    expect(isSameOriginWrite('POST', headers({ host: 'internal:3000', origin: 'https://fairboard.example' }), SITE)).toBe(true);
    expect(isSameOriginWrite('PUT', headers({ host: 'internal:3000', 'x-forwarded-host': 'evil.example', origin: 'https://fairboard.example' }), SITE)).toBe(
      true,
    );
  });

  it('reads the site address from NEXTAUTH_URL by default', () => {
    expect(siteOrigin('https://fairboard.example/some/path/')).toBe(SITE);
    expect(siteOrigin('http://localhost:3100')).toBe('http://localhost:3100');
    expect(siteOrigin(undefined)).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
    expect(siteOrigin('javascript:alert(1)')).toBeNull();
  });

  it('without a site address, compares the Host header only, never X-Forwarded-Host', () => {
    expect(isSameOriginWrite('POST', headers({ host: 'internal:3000', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' }), null)).toBe(false);
    expect(isSameOriginWrite('POST', headers({ host: 'localhost:3100', origin: 'http://localhost:3100' }), null)).toBe(true);
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
