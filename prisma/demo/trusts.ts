import type { NhsRegion, TrustType } from '../../lib/db/generated/enums';
import type { RoleAreaId } from '../../lib/catalogue/role-areas';
import type { DemoTrustKey } from './accounts';

type DemoBoardMember = Readonly<{ name: string; jobTitle: string; isExecutive: boolean; roleAreas: readonly RoleAreaId[]; accountEmail?: string }>;
export type DemoTrust = Readonly<{
  key: DemoTrustKey;
  name: string;
  slug: string;
  odsCode: string;
  type: TrustType;
  region: NhsRegion;
  icsName: string;
  board: readonly DemoBoardMember[];
}>;

const email = (local: string) => `${local}@demo.fairboard.test`;

/** Two fictional trusts of different types and regions; ODS codes start with X so none is real. */
export const DEMO_TRUSTS: readonly DemoTrust[] = [
  {
    key: 'northfield',
    name: 'Northfield Valley Hospitals NHS Foundation Trust',
    slug: 'northfield-valley',
    odsCode: 'XNV',
    type: 'acute',
    region: 'north_west',
    icsName: 'Northfield and Irwell Integrated Care System',
    board: [
      { name: 'Baroness Ruth Adeyemi', jobTitle: 'Chair', isExecutive: false, roleAreas: ['chair'], accountEmail: email('chair.northfield') },
      {
        name: 'Graham Whitley',
        jobTitle: 'Non-executive director',
        isExecutive: false,
        roleAreas: ['non-executive-directors'],
        accountEmail: email('ned.northfield'),
      },
      {
        name: 'Fiona Ashworth',
        jobTitle: 'Non-executive director',
        isExecutive: false,
        roleAreas: ['non-executive-directors'],
        accountEmail: email('two.boards'),
      },
      { name: 'Jonathan Pryce', jobTitle: 'Chief Executive', isExecutive: true, roleAreas: ['chief-executive'] },
      {
        name: 'Dr Samuel Okafor',
        jobTitle: 'Chief Medical Officer',
        isExecutive: true,
        roleAreas: ['executive-lead', 'clinical-quality-research'],
        accountEmail: email('lead.northfield'),
      },
      { name: 'Helen Marsh', jobTitle: 'Chief People Officer', isExecutive: true, roleAreas: ['people'], accountEmail: email('exec.northfield') },
      { name: 'Kwame Boateng', jobTitle: 'Director of Strategy', isExecutive: true, roleAreas: ['strategy'] },
      { name: 'Laura Fenwick', jobTitle: 'Chief Finance Officer', isExecutive: true, roleAreas: ['finance'] },
      { name: 'Daniel Kowalski', jobTitle: 'Chief Operating Officer', isExecutive: true, roleAreas: ['operations-delivery'] },
      { name: 'Sophie Nwosu', jobTitle: 'Chief Digital and Information Officer', isExecutive: true, roleAreas: ['data-digital-information'] },
    ],
  },
  {
    key: 'southmoor',
    name: 'Southmoor Community and Mental Health NHS Trust',
    slug: 'southmoor',
    odsCode: 'XSM',
    type: 'mental_health_learning_disability',
    region: 'south_west',
    icsName: 'Southmoor and Tamar Integrated Care System',
    board: [
      { name: 'Sir Anthony Carew', jobTitle: 'Chair', isExecutive: false, roleAreas: ['chair'], accountEmail: email('chair.southmoor') },
      {
        name: 'Catherine Hollis',
        jobTitle: 'Non-executive director',
        isExecutive: false,
        roleAreas: ['non-executive-directors'],
        accountEmail: email('ned.southmoor'),
      },
      {
        name: 'Fiona Ashworth',
        jobTitle: 'Non-executive director',
        isExecutive: false,
        roleAreas: ['non-executive-directors'],
        accountEmail: email('two.boards'),
      },
      { name: 'Bethan Morgan', jobTitle: 'Chief Executive', isExecutive: true, roleAreas: ['chief-executive'] },
      {
        name: 'Dr Mei Lin Chen',
        jobTitle: 'Director of Nursing and Public Health',
        isExecutive: true,
        roleAreas: ['executive-lead', 'clinical-quality-research'],
        accountEmail: email('lead.southmoor'),
      },
      {
        name: 'Rhys Penrose',
        jobTitle: 'Director of Operations',
        isExecutive: true,
        roleAreas: ['operations-delivery'],
        accountEmail: email('exec.southmoor'),
      },
      { name: 'Grace Tamblyn', jobTitle: 'Director of People', isExecutive: true, roleAreas: ['people'] },
      { name: 'Ibrahim Yusuf', jobTitle: 'Director of Finance and Strategy', isExecutive: true, roleAreas: ['finance', 'strategy'] },
      { name: 'Nadia Petrova', jobTitle: 'Director of Digital and Performance', isExecutive: true, roleAreas: ['data-digital-information'] },
    ],
  },
];
