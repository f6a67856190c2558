/**
 * Signs in through next-auth's real credentials flow (CSRF token, then the callback), as the
 * sign-in form does, and returns the Cookie header a signed-in browser would send.
 */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    // A browser sends Origin on every POST; proxy.ts refuses writes without it.
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: header(), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/trusts`, json: 'true' }),
  });
  keep(signedIn);
  if (![...jar.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`Signing in as ${email} failed (HTTP ${signedIn.status}); check the demo data was loaded.`);
  }
  return header();
}
