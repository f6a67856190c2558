import { siteOrigin } from './site-url';

/** Where people go after sign-in when no safe page was asked for: home, which lists their trusts. */
export const DEFAULT_CALLBACK_PATH = '/';

// Any origin serves to resolve a relative path when the site's own is not configured.
const PLACEHOLDER_ORIGIN = 'http://fairboard.invalid';

/**
 * Only a page on this site may be used after sign-in, so a link cannot send someone elsewhere.
 * The value is parsed as a browser would parse it (the WHATWG URL parser, against the site's own
 * origin): browsers drop tabs and newlines and read `\` as `/`, so `/\t/evil.example` is really
 * `//evil.example`, another site. Whatever does not resolve to this origin gets the home page.
 * The answer is the parser's own serialisation of path, query and fragment, so it never carries a
 * character a Location header cannot hold.
 */
export function safeCallbackUrl(value: unknown, origin: string = siteOrigin() ?? PLACEHOLDER_ORIGIN): string {
  if (typeof value !== 'string' || value === '') return DEFAULT_CALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (url.origin !== origin) return DEFAULT_CALLBACK_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/./\t/x` parses to the path `//x` on this site, but as a Location `//x` is the site x.
  return path.startsWith('//') ? DEFAULT_CALLBACK_PATH : path;
}
