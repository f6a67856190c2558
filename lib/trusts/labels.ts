import type { NhsRegion, TrustType } from '../db/generated/enums';

export const TRUST_TYPE_LABELS: Record<TrustType, string> = {
  acute: 'Acute',
  mental_health_learning_disability: 'Mental health and learning disability',
  community: 'Community',
  ambulance: 'Ambulance',
  acute_and_community: 'Combined acute and community',
  specialist: 'Specialist',
};

const REGION_LABELS: Record<NhsRegion, string> = {
  north_east_and_yorkshire: 'North East and Yorkshire',
  north_west: 'North West',
  midlands: 'Midlands',
  east_of_england: 'East of England',
  london: 'London',
  south_east: 'South East',
  south_west: 'South West',
};

export const TRUST_TYPES = Object.keys(TRUST_TYPE_LABELS) as TrustType[];
export const NHS_REGIONS = Object.keys(REGION_LABELS) as NhsRegion[];

export function trustTypeLabel(value: string): string {
  return TRUST_TYPE_LABELS[value as TrustType] ?? value;
}

export function regionLabel(value: string): string {
  return REGION_LABELS[value as NhsRegion] ?? value;
}
