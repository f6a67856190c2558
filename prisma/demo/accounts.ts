import type { MemberRole } from '../../lib/tenancy/roles';

/** Demo only: printed by `npm start` and stated in the README. Never use it for real data. */
export const DEMO_PASSWORD = 'Fairboard-demo-only-2025';

export type DemoTrustKey = 'northfield' | 'southmoor';
export type DemoAccount = Readonly<{
  email: string;
  displayName: string;
  memberships: readonly Readonly<{ trust: DemoTrustKey; role: MemberRole; isChair?: boolean }>[];
}>;

function account(local: string, displayName: string, memberships: DemoAccount['memberships']): DemoAccount {
  return { email: `${local}@demo.fairboard.test`, displayName, memberships };
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('admin.northfield', 'Priya Shah', [{ trust: 'northfield', role: 'trust_admin' }]),
  account('lead.northfield', 'Dr Samuel Okafor', [{ trust: 'northfield', role: 'executive_lead' }]),
  account('exec.northfield', 'Helen Marsh', [{ trust: 'northfield', role: 'executive_director' }]),
  account('ned.northfield', 'Graham Whitley', [{ trust: 'northfield', role: 'non_executive_director' }]),
  account('chair.northfield', 'Baroness Ruth Adeyemi', [{ trust: 'northfield', role: 'non_executive_director', isChair: true }]),
  account('cosec.northfield', 'Tom Barraclough', [{ trust: 'northfield', role: 'company_secretary' }]),
  account('viewer.northfield', 'Aisha Rahman', [{ trust: 'northfield', role: 'viewer' }]),
  account('analyst.northfield', 'Ben Hargreaves', [{ trust: 'northfield', role: 'analyst' }]),
  account('admin.southmoor', 'Owen Trelawney', [{ trust: 'southmoor', role: 'trust_admin' }]),
  account('lead.southmoor', 'Dr Mei Lin Chen', [{ trust: 'southmoor', role: 'executive_lead' }]),
  account('exec.southmoor', 'Rhys Penrose', [{ trust: 'southmoor', role: 'executive_director' }]),
  account('ned.southmoor', 'Catherine Hollis', [{ trust: 'southmoor', role: 'non_executive_director' }]),
  account('chair.southmoor', 'Sir Anthony Carew', [{ trust: 'southmoor', role: 'non_executive_director', isChair: true }]),
  account('cosec.southmoor', 'Jenna Polglase', [{ trust: 'southmoor', role: 'company_secretary' }]),
  account('viewer.southmoor', 'Marcus Doyle', [{ trust: 'southmoor', role: 'viewer' }]),
  account('analyst.southmoor', 'Nia Roskilly', [{ trust: 'southmoor', role: 'analyst' }]),
  // Sits on both boards, to show the trust switcher.
  account('two.boards', 'Fiona Ashworth', [
    { trust: 'northfield', role: 'non_executive_director' },
    { trust: 'southmoor', role: 'non_executive_director' },
  ]),
];
