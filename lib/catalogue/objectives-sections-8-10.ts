import type { CatalogueObjective } from './objective-types';

// Operations and delivery, data, digital and information, and clinical, quality and research (sections 8 to 10).
// Summaries are Fairboard's own wording; refs, tags and domains follow the guide's tool.
export const OBJECTIVES_SECTIONS_8_TO_10: readonly CatalogueObjective[] = [
  {
    ref: '8.1',
    roleArea: 'operations-delivery',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary: 'Appoint leads for health inequalities in divisions or services, below board level.',
  },
  {
    ref: '8.2',
    roleArea: 'operations-delivery',
    domain: 3,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Use an equity lens when running recovery and improvement work across the whole trust.',
  },
  {
    ref: '8.3',
    roleArea: 'operations-delivery',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Build a culture where staff routinely report on health inequalities outcomes and on the impact of their initiatives.',
  },
  {
    ref: '8.4',
    roleArea: 'operations-delivery',
    domain: 1,
    maturity: 'emerging',
    priority: false,
    summary:
      'Consider training so staff feel confident asking patients about their ethnicity and other personal details, and refresh it over time.',
  },
  {
    ref: '8.5',
    roleArea: 'operations-delivery',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Review care pathways to check that access, experience and outcomes are fair, and aim improvement work at reducing inequality.',
  },
  {
    ref: '8.6',
    roleArea: 'operations-delivery',
    domain: 4,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Help services involve patients and communities in designing their health inequalities work.',
  },
  {
    ref: '8.7',
    roleArea: 'operations-delivery',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Make sure services give priority to fairer care for the Core20PLUS5 population groups.',
  },
  {
    ref: '8.8',
    roleArea: 'operations-delivery',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Work with the communications lead to rewrite patient letters and leaflets so they suit local levels of health and digital literacy.',
  },
  {
    ref: '8.9',
    roleArea: 'operations-delivery',
    domain: 3,
    maturity: 'developing',
    priority: false,
    summary: 'Use equality impact assessment tools throughout clinical services.',
  },
  {
    ref: '9.1',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'emerging',
    priority: false,
    summary:
      "Respond in the annual report to the indicators in NHS England's statement on health inequalities information, ideally with plans to improve.",
  },
  {
    ref: '9.2',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Break down patient experience, safety, operational and clinical data by ethnicity, deprivation, age and sex as a minimum.',
  },
  {
    ref: '9.3',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'emerging',
    priority: true,
    summary:
      "Measure how complete the trust's data on ethnicity, deprivation and protected characteristics is now, and set targets to improve it.",
  },
  {
    ref: '9.4',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Agree local measures that are followed over time and come through quickly enough to guide decisions on equity.',
  },
  {
    ref: '9.5',
    roleArea: 'data-digital-information',
    domain: 1,
    maturity: 'developing',
    priority: false,
    summary:
      'Build analytics capacity inside the trust by putting money into its digital, data and technology teams.',
  },
  {
    ref: '9.6',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Explore how digital systems such as the electronic patient record can support decisions on health inequalities.',
  },
  {
    ref: '9.7',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'emerging',
    priority: false,
    summary:
      'Draw on joint strategic needs assessments, OHID Fingertips and catchment-area tools when deciding how health inequalities are measured.',
  },
  {
    ref: '9.8',
    roleArea: 'data-digital-information',
    domain: 4,
    maturity: 'emerging',
    priority: false,
    summary:
      'Work with population health analysts in the integrated care system, the region and the local council, and push for data sharing between organisations.',
  },
  {
    ref: '9.9',
    roleArea: 'data-digital-information',
    domain: 2,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Gather the views and experiences of patient groups who are not well served, to inform health inequalities work.',
  },
  {
    ref: '10.1',
    roleArea: 'clinical-quality-research',
    domain: 3,
    maturity: 'emerging',
    priority: false,
    summary: 'Support quality improvement or change programmes that tackle health inequalities.',
  },
  {
    ref: '10.2',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Use a health inequalities framework in quality improvement and research so that neither makes inequalities worse.',
  },
  {
    ref: '10.3',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      "Direct the trust's research resources and expertise towards programmes likely to reduce health inequalities.",
  },
  {
    ref: '10.4',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'developing',
    priority: false,
    summary:
      'Consider health inequalities in every part of clinical governance, such as safety and audit, for single cases and for wider themes.',
  },
  {
    ref: '10.5',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Take part in health inequalities research alongside partners, adding to the evidence on which actions by providers work.',
  },
  {
    ref: '10.6',
    roleArea: 'clinical-quality-research',
    domain: 1,
    maturity: 'maturing-thriving',
    priority: false,
    summary: "Build the trust's own capacity to research health inequalities.",
  },
  {
    ref: '10.7',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'emerging',
    priority: false,
    summary:
      "Look at the trust's data on the five Core20PLUS5 clinical areas to shape its work programmes.",
  },
  {
    ref: '10.8',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'emerging',
    priority: false,
    summary:
      "Use data to find the trust's Core20 population and agree which PLUS groups it will focus on.",
  },
  {
    ref: '10.9',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Consider actively finding people at risk, for example those with high blood pressure or early signs of cancer.',
  },
  {
    ref: '10.10',
    roleArea: 'clinical-quality-research',
    domain: 2,
    maturity: 'emerging',
    priority: false,
    summary: "Check whether the trust's health inequalities initiatives are making a difference.",
  },
  {
    ref: '10.11',
    roleArea: 'clinical-quality-research',
    domain: 4,
    maturity: 'maturing-thriving',
    priority: false,
    summary:
      'Involve groups who are rarely included in research and improvement work, such as people from deprived areas or minority ethnic groups.',
  },
];
