// Pure: the sections a company secretary may add to the annual report, each a narrative the trust
// writes. Each is its own report section (chosen on the export page) fed by the narrative of the
// same id. The prompts are ours. To add one: add it here, to the ReportNarrative_section_known
// CHECK in a migration, and nothing else (renderers print any optional section the same way).

export const OPTIONAL_SECTIONS = [
  {
    id: 'strategy-progress',
    heading: 'Progress against our health inequalities strategy',
    prompt: 'Where the trust has got to against its own strategy or plan for reducing health inequalities.',
    hint: 'Name the strategy and when the board adopted it. Say which commitments were met this year, which slipped, and why.',
    exportHint: 'The trust’s account of progress against its own strategy',
    mentalHealthOnly: false,
  },
  {
    id: 'core20plus5',
    heading: 'Core20PLUS5',
    prompt: 'What the trust did for its Core20 population, its PLUS groups and the five clinical areas that apply to it.',
    hint: 'Cover adults and children and young people where they apply. Say which clinical areas the trust has a part in and what changed for patients.',
    exportHint: 'Work for the most deprived 20%, the PLUS groups and the clinical areas',
    mentalHealthOnly: false,
  },
  {
    id: 'workforce-equality',
    heading: 'Workforce and equality',
    prompt: 'How the trust’s work as an employer supports fairer care, including its equality, diversity and inclusion (EDI) improvement plan.',
    hint: 'For example, progress on the EDI improvement plan, what the workforce race and disability equality standards showed, and how staff from the communities served are recruited and developed.',
    exportHint: 'Including the EDI improvement plan',
    mentalHealthOnly: false,
  },
  {
    id: 'partnership-working',
    heading: 'Partnership and system working',
    prompt: 'How the trust worked with its integrated care board, local authorities, other providers and the voluntary sector on health inequalities.',
    hint: 'Name the partnerships and what they achieved together this year, including shared data or joint programmes.',
    exportHint: 'Work with the integrated care system and local partners',
    mentalHealthOnly: false,
  },
  {
    id: 'lived-experience',
    heading: 'Lived experience and community engagement',
    prompt: 'How people with lived experience and local communities shaped the trust’s decisions this year.',
    hint: 'Say who was involved, how (for example panels, co-production or community partners) and what changed because of what they said.',
    exportHint: 'How patients and communities shaped decisions',
    mentalHealthOnly: false,
  },
  {
    id: 'pcref',
    heading: 'Patient and Carer Race Equality Framework',
    prompt: 'Where the trust is in putting the Patient and Carer Race Equality Framework (PCREF) into practice.',
    hint: 'For example, the data on racial disparities in access, experience and outcomes, what patients and carers from racialised communities said, and the actions agreed.',
    exportHint: 'For mental health trusts',
    mentalHealthOnly: true,
  },
  {
    id: 'next-year-plans',
    heading: 'Our plans for next year',
    prompt: 'What the trust plans to do on health inequalities next year, and how the board will know it worked.',
    hint: 'Link the plans to the gaps this report found, for example the domains with the lowest maturity or data that still cannot be broken down.',
    exportHint: 'What the trust will do next, linked to the gaps found',
    mentalHealthOnly: false,
  },
] as const;

export type OptionalSection = (typeof OPTIONAL_SECTIONS)[number];
export type OptionalSectionId = OptionalSection['id'];
export const OPTIONAL_SECTION_IDS = OPTIONAL_SECTIONS.map((section) => section.id) as readonly OptionalSectionId[];

/** The PCREF section is for mental health trusts only. */
export function offersSection(section: Pick<OptionalSection, 'mentalHealthOnly'>, trustType: string): boolean {
  return !section.mentalHealthOnly || trustType === 'mental_health_learning_disability';
}

export function isOptionalSectionId(value: string): value is OptionalSectionId {
  return (OPTIONAL_SECTION_IDS as readonly string[]).includes(value);
}
