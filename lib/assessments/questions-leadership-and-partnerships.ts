import type { AssessmentQuestion } from './question-types';

// Domain 3 (strategic leadership and accountability) and domain 4 (system
// partnerships). Wording is Fairboard's own.

export const LEADERSHIP_QUESTIONS: readonly AssessmentQuestion[] = [
  {
    ref: '3.1',
    domain: 3,
    text: "Do the trust's strategy documents commit it to reducing health inequalities?",
    hint: "A written commitment in the strategy makes health inequalities part of the trust's core business.",
    guidance: {
      yes: 'The main trust strategy commits to reducing health inequalities, and related plans follow it through.',
      partial: 'Some strategies mention health inequalities, or a commitment is being drafted.',
      no: 'No strategy document commits the trust to reducing health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '3.2',
    domain: 3,
    text: 'Has an executive director on the board been named as the lead for health inequalities?',
    hint: 'NHS England expects every trust to have this lead, and it makes clear who is accountable.',
    guidance: {
      yes: 'An executive director on the board has been named as the lead for health inequalities.',
      // A lead is either named or not, so the form never offers this answer.
      partial: 'This question has no partial answer: a board lead has either been named or not.',
      no: 'No executive director on the board has been named as the lead.',
    },
    allowsPartial: false,
  },
  {
    ref: '3.3',
    domain: 3,
    text: 'Does the board set objectives on health inequalities as part of its yearly review process?',
    hint: 'Personal objectives make individual board members answerable for progress.',
    guidance: {
      yes: 'Every executive director has an objective on health inequalities in their yearly review.',
      partial: 'Some board members have an objective on health inequalities, but not all.',
      no: 'No board member has an objective on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '3.4',
    domain: 3,
    text: 'Is the executive lead giving strategic direction and building an equity lens into the way the whole trust works?',
    hint: 'Naming a lead is only the start: the role needs to shape decisions right across the trust.',
    guidance: {
      yes: 'The lead actively steers the work, and equity is considered in decisions across the trust.',
      partial: 'The lead has started to shape the work, but equity is not yet part of decisions across the trust.',
      no: 'The lead is not yet giving strategic direction on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '3.5',
    domain: 3,
    text: 'Is there a clear governance structure for health inequalities, with a group or committee overseeing the work?',
    hint: 'Clear governance means progress is tracked and problems reach the board.',
    guidance: {
      yes: 'A group or committee oversees the work and reports to the board through a clear route.',
      partial: 'A group has been set up, but its role or how it reports to the board is not yet settled.',
      no: "No group or committee oversees the trust's health inequalities work.",
    },
    allowsPartial: true,
  },
  {
    ref: '3.6',
    domain: 3,
    text: 'Is a health inequalities impact assessment tool used when business cases are prepared?',
    hint: 'Checking the likely impact early helps stop decisions from widening inequalities.',
    guidance: {
      yes: 'Every business case must include an impact assessment, and this happens in practice.',
      partial: 'Some business cases include an impact assessment, or its use has only just started.',
      no: 'Business cases are not assessed for their effect on health inequalities.',
    },
    allowsPartial: true,
  },
  {
    ref: '3.7',
    domain: 3,
    text: 'When the trust decides where to spend money, does it look for ways to invest in preventing or reducing inequalities?',
    hint: 'Where money goes shows whether reducing inequalities is a real priority.',
    guidance: {
      yes: 'Decisions on resources routinely look for chances to prevent or reduce inequalities.',
      partial: 'This was considered for one budget round, or for some investment decisions only.',
      no: 'Health inequalities are not considered when resources are allocated.',
    },
    allowsPartial: true,
  },
  {
    ref: '3.8',
    domain: 3,
    text: 'Does the trust have a programme to tackle the health inequalities its own staff experience?',
    hint: 'Many staff live in the communities the trust serves and face the same inequalities.',
    guidance: {
      yes: 'There is an established programme, shaped by staff, to tackle the inequalities they face.',
      partial: 'Some support is in place, such as a single initiative, but there is no wider programme.',
      no: 'The trust has no work on the health inequalities its staff experience.',
    },
    allowsPartial: true,
  },
  {
    ref: '3.9',
    domain: 3,
    text: "Does NHS England's Core20PLUS5 approach guide the trust's work on health inequalities?",
    hint: 'Core20PLUS5 helps the trust focus on the people and conditions where the gaps are widest.',
    guidance: {
      yes: "Core20PLUS5 shapes the trust's priorities and work programmes.",
      partial: 'Core20PLUS5 is used in some services, or the trust has started to apply it.',
      no: 'The trust does not use Core20PLUS5 to guide its work.',
    },
    allowsPartial: true,
  },
];

export const PARTNERSHIP_QUESTIONS: readonly AssessmentQuestion[] = [
  {
    ref: '4.1',
    domain: 4,
    text: 'Does the trust have a seat on the integrated care system groups that matter for population health?',
    hint: 'Many causes of inequality can only be tackled by organisations working together across the system.',
    guidance: {
      yes: 'The trust has a place on all the relevant system groups and takes an active part.',
      partial: 'The trust is on some of the relevant groups, but not all of them.',
      no: 'The trust is not represented on system groups for population health.',
    },
    allowsPartial: true,
  },
  {
    ref: '4.2',
    domain: 4,
    text: 'Does the trust contribute to work as an anchor institution?',
    hint: 'As a large local employer and buyer, the trust can improve the wider causes of poor health.',
    guidance: {
      yes: 'The trust has an anchor programme covering areas such as local jobs, buying and use of its land.',
      partial: 'The trust has started anchor work in one area only, such as local recruitment.',
      no: 'The trust does not do any work as an anchor institution.',
    },
    allowsPartial: true,
  },
  {
    ref: '4.3',
    domain: 4,
    text: 'Does the trust run programmes that open up jobs to groups who are under-represented in its workforce?',
    hint: 'Good work supports good health, and a workforce that reflects the community can improve care.',
    guidance: {
      yes: 'The trust runs ongoing programmes that open up jobs to under-represented groups.',
      partial: 'There has been a one-off scheme, or a programme for one staff group only.',
      no: 'The trust has no programmes to widen access to its jobs.',
    },
    allowsPartial: true,
  },
  {
    ref: '4.4',
    domain: 4,
    text: 'Has the trust joined with partners across the system, and with local communities, to redesign pathways that reduce health inequalities?',
    hint: 'Pathways that cross organisations work best when redesigned with partners and the people who use them.',
    guidance: {
      yes: 'Pathways are redesigned with partners and communities as a normal way of working.',
      partial: 'One pathway has been redesigned in this way, or the work has started.',
      no: 'No pathways have been redesigned with partners or communities.',
    },
    allowsPartial: true,
  },
  {
    ref: '4.5',
    domain: 4,
    text: 'Has the trust worked with health inequalities leads in the integrated care system and in other providers or collaboratives?',
    hint: 'Working with other leads spreads learning and avoids effort being duplicated.',
    guidance: {
      yes: 'The trust works regularly with health inequalities leads across the system.',
      partial: 'There has been some contact, or a single joint project.',
      no: 'The trust has not worked with health inequalities leads elsewhere.',
    },
    allowsPartial: true,
  },
];
