import { parseArgs } from 'node:util';
import next from 'next';
import { parseTrustedProxies } from '../lib/auth/client-address';
import { createAppServer } from './lib/app-server';

/**
 * Serves the built app (or the development server with --dev) the way production runs it: behind
 * our own node:http server, which records each request's socket address (scripts/lib/app-server.ts)
 * for the sign-in throttle. Use this, not `next start`, wherever the app faces a network.
 */
const { values } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, port: { type: 'string', default: process.env.PORT ?? '3000' }, hostname: { type: 'string' } },
});

async function main(): Promise<void> {
  // The old setting trusted one hop by default, proxy or not. Behind a proxy, silently trusting none
  // would count every user at the proxy's address, so a deployment still setting it must choose.
  if (process.env.TRUSTED_PROXY_HOPS !== undefined && process.env.TRUSTED_PROXIES === undefined) {
    throw new Error(
      'TRUSTED_PROXY_HOPS is no longer read: set TRUSTED_PROXIES instead (the number of proxy hops in front of the app, or their addresses; unset trusts none).',
    );
  }
  // A mistyped TRUSTED_PROXIES stops the start rather than quietly trusting nobody or everybody.
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const port = Number(values.port);
  const app = next({ dev: values.dev, port, hostname: values.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createAppServer((request, response) => handle(request, response));
  // Without --hostname, every address, IPv4 and IPv6, as `next start` does.
  const listening = () => {
    const proxies = 'hops' in trusted ? `${trusted.hops} trusted proxy hop(s)` : `trusted proxies ${trusted.ranges.join(', ')}`;
    console.log(`Fairboard is listening on port ${port} (${proxies}).`);
  };
  if (values.hostname) server.listen(port, values.hostname, listening);
  else server.listen(port, listening);
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
