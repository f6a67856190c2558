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
  /**
   * Set only for a command-line job acting inside one trust (scripts/report-export.ts builds it
   * with systemTenantContext): userId is then empty, and the audit trail records the acting
   * user as nobody and the actor as "system:<reason>". Row-level security still applies in full.
   */
  systemReason?: string;
}>;
