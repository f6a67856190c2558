// Pure, and safe in the browser: NHS England's Core20PLUS5 clinical areas, five for adults and five
// for children and young people, as the trust chooses them on its Core20PLUS5 page. The ids are
// held to this list by a CHECK in the database (migration 20261205120000_core20plus5).

export type ClinicalAreaGroup = 'adults' | 'children';
export type ClinicalArea = Readonly<{ id: string; group: ClinicalAreaGroup; label: string }>;

export const CLINICAL_AREAS = [
  {
    id: 'adult-maternity',
    group: 'adults',
    label: 'Maternity: continuity of care for women from Black, Asian and minority ethnic groups and the most deprived areas',
  },
  { id: 'adult-severe-mental-illness', group: 'adults', label: 'Severe mental illness: annual physical health checks' },
  { id: 'adult-chronic-respiratory', group: 'adults', label: 'Chronic respiratory disease: COVID, flu and pneumonia vaccination' },
  { id: 'adult-early-cancer', group: 'adults', label: 'Early cancer diagnosis: cancers found at stage 1 or 2' },
  { id: 'adult-hypertension', group: 'adults', label: 'Hypertension case-finding, and lipid management' },
  { id: 'cyp-asthma', group: 'children', label: 'Asthma: less reliance on reliever medication and fewer asthma attacks' },
  { id: 'cyp-diabetes', group: 'children', label: 'Diabetes: glucose monitors and insulin pumps, and care processes' },
  { id: 'cyp-epilepsy', group: 'children', label: 'Epilepsy: access to epilepsy specialist nurses' },
  { id: 'cyp-oral-health', group: 'children', label: 'Oral health: fewer tooth extractions in hospital for under-10s' },
  { id: 'cyp-mental-health', group: 'children', label: 'Mental health: more access to services for children and young people' },
] as const satisfies readonly ClinicalArea[];

export type ClinicalAreaId = (typeof CLINICAL_AREAS)[number]['id'];
export const CLINICAL_AREA_IDS = CLINICAL_AREAS.map((area) => area.id) as [ClinicalAreaId, ...ClinicalAreaId[]];

export const CLINICAL_AREA_GROUP_LABELS: Record<ClinicalAreaGroup, string> = {
  adults: 'Adults',
  children: 'Children and young people',
};

export const MAX_PLUS_GROUPS = 20;
export const PLUS_GROUP_MAX_LENGTH = 200;
