import type { MemberRole } from './roles';

/**
 * Who is acting, for which trust. Built only by requireTenant() from the URL's trust slug and the
 * signed-in user's membership; never from form fields or query strings.
 */
export type TenantContext = Readonly<{
  trustId: string;
  trustSlug: string;
  trustName: string;
  userId: string;
  role: MemberRole;
  isChair: boolean;
}>;
