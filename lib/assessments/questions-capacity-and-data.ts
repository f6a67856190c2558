import type { AssessmentQuestion } from './question-types';

// Domain 1 (public health capacity and capability) and domain 2 (data,
// insight, evidence and evaluation). Wording is Fairboard's own.

export const CAPACITY_QUESTIONS: readonly AssessmentQuestion[] = [
  {
    ref: '1.1',
    domain: 1,
    text: 'Has the board had training or development on health inequalities?',
    hint: 'Board members need a shared understanding of health inequalities to set direction and challenge progress.',
    guidance: {
      yes: 'All board members have had training, and it is repeated and part of board induction.',
      partial: 'Some board members have had training, or there was a single session that has not been repeated.',
      no: 'The board has not had any training or development on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '1.2',
    domain: 1,
    text: 'Does the trust give every staff group regular training on health inequalities?',
    hint: 'Staff who understand health inequalities are more likely to notice them and act in their daily work.',
    guidance: {
      yes: 'Every staff group is offered training, and it is refreshed regularly.',
      partial: 'Training is offered to one or a few staff groups, or has only been run once.',
      no: 'No staff group is offered training on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '1.3',
    domain: 1,
    text: 'Has the trust run a quality improvement or change programme aimed at health inequalities?',
    hint: 'Improvement work turns an understanding of inequalities into practical changes for patients.',
    guidance: {
      yes: "Improvement or change programmes on health inequalities are part of the trust's normal work.",
      partial: 'There has been a single project or pilot, but this is not yet routine.',
      no: 'No improvement or change work has focused on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '1.4',
    domain: 1,
    text: 'Does the trust have public health specialists on its staff, and does it encourage other staff to build public health skills?',
    hint: 'Public health expertise helps the trust understand local needs and design work that reduces inequalities.',
    guidance: {
      yes: 'The trust has public health specialists and supports staff in many roles to build public health skills.',
      partial: 'There is some public health expertise, such as one post or one team, but it is not spread across the trust.',
      no: 'The trust has no public health specialists and does not help other staff build these skills.',
    },
    allowsPartial: true,
  },
];

export const DATA_QUESTIONS: readonly AssessmentQuestion[] = [
  {
    ref: '2.1',
    domain: 2,
    text: 'Is the ethnicity data the trust records about its patients accurate and complete?',
    hint: 'Without reliable ethnicity data the trust cannot see where outcomes differ between groups.',
    guidance: {
      yes: 'Ethnicity is recorded accurately and completely across services, and the trust checks this regularly.',
      partial: 'Recording is good in some services, or work to improve it has started, but gaps remain.',
      no: 'Ethnicity is often missing or wrong, and there is no plan to improve it.',
    },
    allowsPartial: true,
  },
  {
    ref: '2.2',
    domain: 2,
    text: "Do the board's regular performance reports show data broken down by ethnicity and deprivation?",
    hint: 'Data broken down by group lets the board spot unfair gaps and ask what is being done about them.',
    guidance: {
      yes: 'Board performance reports show data by ethnicity and deprivation as standard.',
      partial: 'The board has seen broken-down data once, or only for some measures or services.',
      no: 'The board does not get performance data broken down by ethnicity or deprivation.',
    },
    allowsPartial: true,
  },
  {
    ref: '2.3',
    domain: 2,
    text: 'Does the trust use population health data, such as local demographics and deprivation scores, when it analyses its own data?',
    hint: 'Comparing trust data with the local population shows who is missing out on care.',
    guidance: {
      yes: 'Population health data is used as standard whenever the trust analyses its activity and outcomes.',
      partial: 'Population data has been used for one piece of analysis, or in some services only.',
      no: 'The trust does not use population health data in its analysis.',
    },
    allowsPartial: true,
  },
  {
    ref: '2.4',
    domain: 2,
    text: 'Is the trust involved in research on health inequalities?',
    hint: 'Research builds evidence on what works and brings new approaches into the trust.',
    guidance: {
      yes: 'Taking part in health inequalities research is an ongoing activity for the trust.',
      partial: 'The trust has taken part in one study, or is just starting to get involved.',
      no: 'The trust has not taken part in any research on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '2.5',
    domain: 2,
    text: 'Has the trust involved local communities to shape its work on health inequalities?',
    hint: 'Communities can explain barriers to care that data alone will not show.',
    guidance: {
      yes: "What communities say regularly shapes the trust's health inequalities work.",
      partial: 'There has been a one-off engagement exercise, or involvement in some services only.',
      no: 'The trust has not involved communities in its health inequalities work.',
    },
    allowsPartial: true,
  },
  {
    ref: '2.6',
    domain: 2,
    text: 'Have care pathways been reviewed to check that access, experience and outcomes are fair for all groups?',
    hint: 'Pathway reviews show where the way a service is designed leads to unequal care.',
    guidance: {
      yes: 'Pathways are reviewed for fairness as a routine part of planning services.',
      partial: 'One or a few pathways have been reviewed, but this is not routine.',
      no: 'No pathways have been reviewed for fair access, experience or outcomes.',
    },
    allowsPartial: true,
  },
  {
    ref: '2.7',
    domain: 2,
    text: 'Has the trust checked that its services work for people with different levels of digital and health literacy?',
    hint: 'People who struggle with letters, websites or apps can miss appointments or get less from their care.',
    guidance: {
      yes: 'Services are checked as standard, and letters and information are adapted to local literacy levels.',
      partial: 'Some services or materials have been checked, or a review has started.',
      no: 'The trust has not checked its services against digital or health literacy.',
    },
    allowsPartial: true,
  },
];
