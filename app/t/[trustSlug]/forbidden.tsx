import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NoPermission } from '@/components/layout/no-permission';

export const metadata: Metadata = { title: 'You do not have permission' };

/**
 * Rendered inside the trust's layout (header, menu, sign-out) when a page calls forbidden(). It
 * gets no props, so proxy.ts passes the address in a request header it always overwrites.
 */
export default async function Forbidden() {
  const pathname = (await headers()).get('x-fairboard-path') ?? '';
  return <NoPermission pathname={pathname} />;
}
