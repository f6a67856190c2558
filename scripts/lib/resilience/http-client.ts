// A signed-in visitor over plain HTTP: a cookie jar, next-auth's credentials sign-in, and forms
// posted the way a browser without JavaScript posts them (the hidden $ACTION_ fields Next.js
// renders for a server action included), so every request takes the app's real path.

export type FormFields = Record<string, string | readonly string[]>;
export type Reply = { status: number; location: string | null; html: string; body: ArrayBuffer; headers: Headers; ms: number };

const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:$.-]+)="([^"]*)"/g)) found[match[1]!] = decode(match[2]!);
  return found;
}

/** The hidden fields of the first form on the page whose markup contains `marker` (a button's text). */
function hiddenFields(html: string, marker: string): Record<string, string> | null {
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(marker)) continue;
    const fields: Record<string, string> = {};
    for (const tag of form.match(/<input[^>]*>/g) ?? []) {
      const attrs = attributes(tag);
      if (attrs.type === 'hidden' && attrs.name) fields[attrs.name] = attrs.value ?? '';
    }
    return fields;
  }
  return null;
}

export class HttpVisitor {
  private readonly cookies = new Map<string, string>();

  /** `origin` is where requests go (an instance, or nginx); the Origin header names the same place. */
  constructor(
    public origin: string,
    private readonly timeoutMs = 20_000,
  ) {}

  /** The same visitor (same cookies, same session) talking to another address. */
  via(origin: string): HttpVisitor {
    const copy = new HttpVisitor(origin, this.timeoutMs);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1));
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Reply> {
    const started = Date.now();
    const response = await fetch(new URL(path, this.origin), {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: { ...(init.headers as Record<string, string>), Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    this.remember(response);
    const body = await response.arrayBuffer();
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: new TextDecoder().decode(body),
      body,
      headers: response.headers,
      ms: Date.now() - started,
    };
  }

  get(path: string): Promise<Reply> {
    return this.request(path);
  }

  /** Posts a form as multipart, as a browser does for a server action's form. */
  postForm(path: string, fields: FormFields): Promise<Reply> {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
    return this.request(path, { method: 'POST', body, headers: { Origin: this.origin } });
  }

  /** next-auth's credentials sign-in: the CSRF token, then the callback. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.get('/api/auth/csrf');
    const { csrfToken } = JSON.parse(csrf.html) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${this.origin}/trusts`, json: 'true' });
    const reply = await this.request('/api/auth/callback/credentials', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: this.origin },
    });
    if (![...this.cookies.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
      throw new Error(`Signing in as ${email} at ${this.origin} failed (status ${reply.status}): ${reply.html.slice(0, 200)}`);
    }
  }

  /** Loads a page and reads the hidden fields of the form holding `marker`; throws when absent. */
  async formOn(path: string, marker: string): Promise<Record<string, string>> {
    const page = await this.get(path);
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
    const fields = hiddenFields(page.html, marker);
    if (!fields) throw new Error(`GET ${path} has no form with "${marker}"`);
    return fields;
  }
}
