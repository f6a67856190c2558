type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address for throttling. A client can put anything in X-Forwarded-For, but each proxy
 * appends the address it saw, so we count TRUSTED_PROXY_HOPS entries from the right and ignore
 * everything the client wrote to the left of them.
 */
export function clientAddressFromHeaders(headers: HeaderBag, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string {
  const forwarded = (header(headers, 'x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  if (forwarded.length === 0 || trustedHops < 1) return 'unknown';
  return forwarded[Math.max(0, forwarded.length - trustedHops)] ?? 'unknown';
}
