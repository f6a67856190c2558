import type { CatalogueObjective } from './objective-types';

// People, strategy and finance (sections 5 to 7).
// Summaries are Fairboard's own wording; refs, tags and domains follow the guide's tool.
export const OBJECTIVES_SECTIONS_5_TO_7: readonly CatalogueObjective[] = [
  {
    ref: '5.1',
    roleArea: 'people',
    domain: 1,
    maturity: 'developing',
    priority: false,
    summary:
      'Offer all staff training on health inequalities, starting with induction and leadership programmes, and refresh it over time.',
  },
  {
    ref: '5.2',
    roleArea: 'people',
    domain: 1,
    maturity: 'developing',
    priority: false,
    summary:
      'Give all staff who work directly with patients the chance to do Making Every Contact Count training, refreshed regularly.',
  },
  {
    ref: '5.3',
    roleArea: 'people',
    domain: 4,
    maturity: 'emerging',
    priority: false,
    summary:
      'Run schemes that open up jobs at the trust to people from deprived areas, minority ethnic groups and other under-represented groups.',
  },
  {
    ref: '5.4',
    roleArea: 'people',
    domain: 4,
    maturity: 'developing',
    priority: false,
    summary:
      'Make use of the apprenticeship levy to open routes into work for current staff and for people from under-represented groups.',
  },
  {
    ref: '5.5',
    roleArea: 'people',
    domain: 4,
    maturity: 'developing',
    priority: false,
    summary:
      "Help staff from under-represented groups into leadership roles so that the trust's leaders reflect the people it serves.",
  },
  {
    ref: '5.6',
    roleArea: 'people',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Help staff in a wide range of roles to build their public health knowledge and skills.',
  },
  {
    ref: '5.7',
    roleArea: 'people',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Consider training in inclusion health and trauma-informed care, starting with staff who want to specialise in inclusion health.',
  },
  {
    ref: '5.8',
    roleArea: 'people',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      "Work with the executive lead to understand and reduce the health inequalities that the trust's own staff face.",
  },
  {
    ref: '5.9',
    roleArea: 'people',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      'Ask staff what help they need with the inequalities they face, such as staff networks, wellbeing, money worries or access to food.',
  },
  {
    ref: '6.1',
    roleArea: 'strategy',
    domain: 3,
    maturity: 'emerging',
    priority: true,
    summary:
      'Work with the chief executive and executive lead to put a commitment on health inequalities in the trust strategy, based on national, system and local needs.',
  },
  {
    ref: '6.2',
    roleArea: 'strategy',
    domain: 3,
    maturity: 'maturing-thriving',
    priority: false,
    summary: 'Look at every priority, strategy document and annual plan through an equity lens.',
  },
  {
    ref: '6.3',
    roleArea: 'strategy',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      "Make community involvement and co-production a standard part of the trust's health inequalities programme.",
  },
  {
    ref: '6.4',
    roleArea: 'strategy',
    domain: 4,
    maturity: 'emerging',
    priority: false,
    summary:
      "Make the trust's role as an anchor institution a strategic focus, including local jobs, buying, housing and green space.",
  },
  {
    ref: '6.5',
    roleArea: 'strategy',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      "Deliver the trust's anchor institution work together with the executive lead, the people team and the estates team.",
  },
  {
    ref: '7.1',
    roleArea: 'finance',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      'Consider health inequalities in financial decisions, including pathway design, approval of business cases and cost improvement plans.',
  },
  {
    ref: '7.2',
    roleArea: 'finance',
    domain: 4,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Work with commissioners and other bodies to find funding for work that reduces health inequalities.',
  },
  {
    ref: '7.3',
    roleArea: 'finance',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      'Look for chances to put money into services that prevent or reduce healthcare inequalities in the long term.',
  },
  {
    ref: '7.4',
    roleArea: 'finance',
    domain: 4,
    maturity: 'emerging',
    priority: false,
    summary: 'Choose suppliers that add social, environmental and economic value.',
  },
  {
    ref: '7.5',
    roleArea: 'finance',
    domain: 4,
    maturity: 'developing',
    priority: false,
    summary:
      "Buy from suppliers in the trust's local area to support the local economy and reduce inequality.",
  },
];
