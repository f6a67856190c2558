import type { TenantContext } from './context';
import type { MemberRole } from './roles';
import { AppError } from '../errors/app-error';

/** The one place that decides which roles may do what. */
const PERMISSIONS = {
  'people.manage': ['trust_admin'],
  'audit.read': ['trust_admin'],
  // Everything the trust holds, audit trail included, as one download.
  'trust.export': ['trust_admin'],
  // The governance facts the annual report prints (oversight committee, reporting frequency, statement edition).
  'trust.settings': ['trust_admin'],
  // Core20PLUS5: the Core20 share, the locally defined PLUS groups and the clinical areas addressed.
  'trust.core20plus5': ['trust_admin', 'executive_lead'],
  'trust.view': ['trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer', 'analyst'],
  // Everyone in the trust can read assessments and results; NEDs and viewers never change them.
  'assessment.view': ['trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer', 'analyst'],
  'assessment.start': ['trust_admin', 'executive_lead'],
  // Several executives may fill it in at once (each answer has its own version).
  'assessment.edit': ['trust_admin', 'executive_lead', 'executive_director'],
  'assessment.submit': ['trust_admin', 'executive_lead'],
  // Records the board's approval, which locks the assessment.
  'assessment.approve': ['trust_admin', 'company_secretary'],
  'assessment.reopen': ['trust_admin'],
  'assessment.import': ['trust_admin', 'executive_lead'],
  'objective.view': ['trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer', 'analyst'],
  // Creates, edits, assigns owners, agrees and carries forward.
  'objective.manage': ['trust_admin', 'executive_lead'],
  // Records progress on any objective. An objective's owner may also record progress on it,
  // whatever their role: lib/objectives/progress-mutations.ts checks that.
  'objective.update': ['trust_admin', 'executive_lead'],
  // The in-app outbox of reminder e-mails.
  'outbox.view': ['trust_admin'],
  // Year on year, the board summary, challenges, assurance and peer comparison: everyone reads.
  'review.view': ['trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer', 'analyst'],
  // Holding the executive to account is the non-executives' job; the chair is a NED with a flag.
  // Closing is also limited to the NED who raised it, or the chair (lib/review/challenge-mutations.ts).
  'challenge.raise': ['non_executive_director'],
  'challenge.close': ['non_executive_director'],
  // An objective's owner may also respond to a challenge on that objective, whatever their role.
  'challenge.respond': ['trust_admin', 'executive_lead'],
  // One judgement per NED per domain per year.
  'assurance.record': ['non_executive_director'],
  'peers.opt-in': ['trust_admin'],
  // The annual report: everyone in the trust may read the narratives and download past exports;
  // the company secretary prepares the section, with the trust administrator as cover.
  'report.view': ['trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer', 'analyst'],
  'report.edit': ['trust_admin', 'company_secretary'],
  'report.export': ['trust_admin', 'company_secretary'],
  // Records that a narrative's text is approved for publication (who and when are kept).
  'report.approve': ['trust_admin', 'company_secretary'],
  // Health-inequalities indicators: everyone reads the figures; the administrator keeps the trust's
  // catalogue (switching indicators on or off, adding local ones); the executive lead and the
  // analyst, a role that exists for this alone, upload and enter the figures.
  'indicator.view': ['trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer', 'analyst'],
  'indicator.catalogue': ['trust_admin'],
  'indicator.data': ['trust_admin', 'executive_lead', 'analyst'],
} as const satisfies Record<string, readonly MemberRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(ctx: Pick<TenantContext, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly MemberRole[]).includes(ctx.role);
}

/** The roles that hold a permission, for telling someone refused who could do it. */
export function rolesWith(permission: Permission): readonly MemberRole[] {
  return PERMISSIONS[permission];
}

export function assertCan(ctx: Pick<TenantContext, 'role'>, permission: Permission): void {
  if (!can(ctx, permission)) throw new AppError('FORBIDDEN', 'Your role in this trust does not allow this.');
}
