import type { CatalogueObjective } from './objective-types';

// Chair, non-executive directors, chief executive and executive lead (sections 1 to 4).
// Summaries are Fairboard's own wording; refs, tags and domains follow the guide's tool.
export const OBJECTIVES_SECTIONS_1_TO_4: readonly CatalogueObjective[] = [
  {
    ref: '1.1',
    roleArea: 'chair',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      'Assure the board that the trust has a clear aim on health inequalities, sound governance and a senior person accountable for results.',
  },
  {
    ref: '1.2',
    roleArea: 'chair',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      'Agree at least one personal objective on health inequalities with the chief executive for their yearly appraisal.',
  },
  {
    ref: '2.1',
    roleArea: 'non-executive-directors',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      "Take seats on the committees and groups that oversee the trust's work on health inequalities.",
  },
  {
    ref: '2.2',
    roleArea: 'non-executive-directors',
    domain: 1,
    maturity: 'emerging',
    priority: false,
    summary:
      'Complete core training on health inequalities, repeat it over time and make it part of induction for new non-executives.',
  },
  {
    ref: '2.3',
    roleArea: 'non-executive-directors',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Look for further learning on health inequalities beyond the core training, as part of personal development.',
  },
  {
    ref: '3.1',
    roleArea: 'chief-executive',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary: 'Make oversight of health inequalities a clear part of the way the trust is governed.',
  },
  {
    ref: '3.2',
    roleArea: 'chief-executive',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      "Work with the strategy director and the executive lead to set out the trust's commitment to reducing health inequalities in its strategy.",
  },
  {
    ref: '3.3',
    roleArea: 'chief-executive',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      "Make sure staff at all levels understand the trust's aims on health inequalities and the part they play in meeting them.",
  },
  {
    ref: '3.4',
    roleArea: 'chief-executive',
    domain: 3,
    maturity: 'emerging',
    priority: true,
    summary: 'Name an executive director on the board as the lead for health inequalities.',
  },
  {
    ref: '3.5',
    roleArea: 'chief-executive',
    domain: 1,
    maturity: 'developing',
    priority: true,
    summary:
      'Arrange health inequalities training for the board every year, starting with the executive lead, and include it in board induction.',
  },
  {
    ref: '3.6',
    roleArea: 'chief-executive',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      'Include an objective on health inequalities in the yearly objectives of every executive director.',
  },
  {
    ref: '3.7',
    roleArea: 'chief-executive',
    domain: 4,
    maturity: 'developing',
    priority: false,
    summary:
      'Secure the trust a place on the integrated care system groups that make decisions on population health and health inequalities.',
  },
  {
    ref: '3.8',
    roleArea: 'chief-executive',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Expect executives, senior managers and line managers to show they understand equality and health inequalities, for example through appraisal.',
  },
  {
    ref: '3.9',
    roleArea: 'chief-executive',
    domain: 2,
    maturity: 'developing',
    priority: true,
    summary:
      'Ask executives to bring performance and outcome data to the board broken down by ethnicity, deprivation and similar factors.',
  },
  {
    ref: '3.10',
    roleArea: 'chief-executive',
    domain: 3,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Make sure papers and minutes for the board and its committees set out the effects on equality and health inequalities, the risks and how they are managed.',
  },
  {
    ref: '3.11',
    roleArea: 'chief-executive',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      'Ask the company secretary to put health inequalities on the board agenda at regular points through the year.',
  },
  {
    ref: '3.12',
    roleArea: 'chief-executive',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Appoint a lead for digital inclusion in the trust and give the role a clear place in governance.',
  },
  {
    ref: '4.1',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      "Lead the trust's strategic oversight of health inequalities and challenge fellow executives to consider equity in their decisions.",
  },
  {
    ref: '4.2',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Join up health inequalities work with the work of the HR and equality, diversity and inclusion leads on fairness for staff.',
  },
  {
    ref: '4.3',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary: 'Bring a report or update on health inequalities to the board at least once a year.',
  },
  {
    ref: '4.4',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      'Work with the strategy director to lead a health inequalities strategy or delivery plan, with a work plan and measures of success.',
  },
  {
    ref: '4.5',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      "Set up one or more working groups, a steering group or a committee to coordinate the trust's health inequalities work.",
  },
  {
    ref: '4.6',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary:
      'Oversee, at executive level, what the trust reports to outside bodies about health inequalities.',
  },
  {
    ref: '4.7',
    roleArea: 'executive-lead',
    domain: 1,
    maturity: 'emerging',
    priority: true,
    summary:
      'Grow public health skills and capacity inside the trust so it can deliver its health inequalities work.',
  },
  {
    ref: '4.8',
    roleArea: 'executive-lead',
    domain: 4,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Work with the integrated care system, other providers, collaboratives and primary care networks to share learning and spread what works.',
  },
  {
    ref: '4.9',
    roleArea: 'executive-lead',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Make the Health Equity Assessment Tool, or similar tools, a routine part of decisions about how services are delivered.',
  },
  {
    ref: '4.10',
    roleArea: 'executive-lead',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Give frontline staff working on health inequalities ways to share learning and good practice, such as networks and communities of interest.',
  },
  {
    ref: '4.11',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      "Keep the trust's work as an anchor institution in step with its health inequalities aims, working with the executives who lead it.",
  },
  {
    ref: '4.12',
    roleArea: 'executive-lead',
    domain: 4,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Work with system partners to create ways of involving local communities and voluntary, community and social enterprise organisations.',
  },
  {
    ref: '4.13',
    roleArea: 'executive-lead',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary:
      'Make sure equality impact assessments look at existing health inequalities and show that changes will not widen them, especially for groups most at risk.',
  },
];
