import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_PATH, safeCallbackUrl } from '../../../lib/auth/callback-url';

const SITE = 'http://localhost:3000';

/**
 * Values an attacker might put in `callbackUrl`, as the page receives them (already percent-decoded
 * once by the query string). Browsers drop tabs, newlines and carriage returns anywhere in a URL
 * and read `\` as `/`, so each of these is really another site.
 */
const ELSEWHERE = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\t\n/evil.example/path?x=1',
  '\t//evil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  ' //evil.example',
  'https://evil.example/',
  'http://localhost:3000.evil.example/',
  'http://localhost:3000@evil.example/',
  'http://localhost:3001/',
  'https://localhost:3000/',
  '/./\t/evil.example',
  '/.//evil.example',
  '/x/..//evil.example',
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://[::1',
  'http://%zz/',
];

describe('the page used after sign-in', () => {
  it.each(ELSEWHERE)('sends %j home instead of off the site', (value) => {
    expect(safeCallbackUrl(value, SITE)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it('keeps a page on this site, with its query and fragment', () => {
    expect(safeCallbackUrl('/t/northfield-valley/objectives?year=2026#list', SITE)).toBe('/t/northfield-valley/objectives?year=2026#list');
    expect(safeCallbackUrl('/trusts', SITE)).toBe('/trusts');
    expect(safeCallbackUrl(`${SITE}/account`, SITE)).toBe('/account');
  });

  it('answers a value a Location header could not carry with its encoded form, so a redirect never fails', () => {
    for (const value of ['/\u3002/x', '/%E3%80%82/x', '/caf\u00e9?q=\u00e9', '/a b', '/x\u0000y', '/x\u2028y']) {
      const answer = safeCallbackUrl(value, SITE);
      expect(answer.startsWith('/') && !answer.startsWith('//')).toBe(true);
      expect(answer).toMatch(/^[\x21-\x7e]+$/);
    }
    expect(safeCallbackUrl('/\u3002/x', SITE)).toBe('/%E3%80%82/x');
  });

  it('resolves dot segments and odd paths without leaving the site', () => {
    expect(safeCallbackUrl('/../../evil.example', SITE)).toBe('/evil.example');
    expect(safeCallbackUrl('http:account', SITE)).toBe('/account');
    expect(safeCallbackUrl('account', SITE)).toBe('/account');
  });

  it('sends anything that is not text home', () => {
    for (const value of [undefined, null, 42, ['/a', '/b'], {}, '']) expect(safeCallbackUrl(value, SITE)).toBe(DEFAULT_CALLBACK_PATH);
  });
});
