// The ten board role areas, in the order and with the section numbers the
// guide uses, so objective refs ("3.4") can be traced back to their section.

export const ROLE_AREA_IDS = [
  'chair',
  'non-executive-directors',
  'chief-executive',
  'executive-lead',
  'people',
  'strategy',
  'finance',
  'operations-delivery',
  'data-digital-information',
  'clinical-quality-research',
] as const;

export type RoleAreaId = (typeof ROLE_AREA_IDS)[number];

export type RoleArea = {
  id: RoleAreaId;
  section: number;
  label: string;
};

export const ROLE_AREAS: readonly RoleArea[] = [
  { id: 'chair', section: 1, label: 'Chair' },
  { id: 'non-executive-directors', section: 2, label: 'Non-executive directors' },
  { id: 'chief-executive', section: 3, label: 'Chief executive' },
  { id: 'executive-lead', section: 4, label: 'Executive lead for health inequalities' },
  { id: 'people', section: 5, label: 'People' },
  { id: 'strategy', section: 6, label: 'Strategy' },
  { id: 'finance', section: 7, label: 'Finance' },
  { id: 'operations-delivery', section: 8, label: 'Operations and delivery' },
  { id: 'data-digital-information', section: 9, label: 'Data, digital and information' },
  { id: 'clinical-quality-research', section: 10, label: 'Clinical, quality and research' },
];

export function findRoleArea(id: RoleAreaId): RoleArea {
  const area = ROLE_AREAS.find((candidate) => candidate.id === id);
  // ROLE_AREAS covers every RoleAreaId, so a miss means the list was edited badly.
  if (!area) throw new Error(`Unknown role area: ${id}`);
  return area;
}

export function roleAreaForSection(section: number): RoleArea | undefined {
  return ROLE_AREAS.find((candidate) => candidate.section === section);
}

/** The label for a stored role-area id, tolerating ids from older data. */
export function roleAreaLabel(id: string): string {
  return ROLE_AREAS.find((candidate) => candidate.id === id)?.label ?? id;
}
