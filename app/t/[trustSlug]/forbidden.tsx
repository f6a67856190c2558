import type { Metadata } from 'next';
import { NoPermission } from '@/components/layout/no-permission';

export const metadata: Metadata = { title: 'You do not have permission' };

/** Rendered inside the trust's layout (header, menu, sign-out) when a page calls forbidden(). */
export default function Forbidden() {
  return <NoPermission />;
}
