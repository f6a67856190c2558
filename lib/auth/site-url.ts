/**
 * The site's own address, from NEXTAUTH_URL (scripts/start.ts always sets it; in production it is
 * the public https address). Everything that must know "this site" reads it here rather than from
 * request headers, which a client or a misconfigured proxy can set to anything.
 */
export function siteOrigin(siteUrl: string | undefined = process.env.NEXTAUTH_URL): string | null {
  if (!siteUrl) return null;
  try {
    const { origin, protocol } = new URL(siteUrl);
    return protocol === 'https:' || protocol === 'http:' ? origin : null;
  } catch {
    return null;
  }
}

export function siteUsesHttps(siteUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return siteOrigin(siteUrl)?.startsWith('https://') ?? false;
}
