import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth checks a callbackUrl in the query before the app's redirect callback sees it, and
// answers one that is neither a path nor an http(s) address (`javascript:…`) with a 500 from its
// JSON endpoints (session, csrf, the credentials callback). So the query's value is made the
// site's own safe path first; every other value then still meets the redirect callback's rule.
async function guarded(request: NextRequest, context: Context) {
  const asked = request.nextUrl.searchParams.get('callbackUrl');
  if (asked === null) return handler(request, context);
  const url = request.nextUrl.clone();
  url.searchParams.set('callbackUrl', safeCallbackUrl(asked));
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return handler(
    new NextRequest(url, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? request.body : undefined,
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]),
    context,
  );
}

export { guarded as GET, guarded as POST };
