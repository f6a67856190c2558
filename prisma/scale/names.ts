import type { NhsRegion, TrustType } from '../../lib/db/generated/enums';

// Invented place and person names for the scale dataset. None is meant to be a real trust or person.

const PLACES = [
  'Ashby',
  'Brackwell',
  'Calder',
  'Dunmere',
  'Eskdale',
  'Fenwick',
  'Glenholme',
  'Harrowfield',
  'Ingleby',
  'Kelsworth',
  'Larkhill',
  'Marlow Vale',
  'Netherby',
  'Oakhurst',
  'Pendleford',
  'Quarrington',
  'Redmarsh',
  'Stonebridge',
  'Thornbury Cross',
  'Upwell',
  'Wexcombe',
  'Yarrowby',
  'Alderley Moor',
  'Bramwood',
  'Coldharbour',
  'Deepdale',
  'Elmstead',
  'Foxley',
  'Greywell',
  'Hartsmere',
] as const;

const SUFFIXES: Readonly<Record<TrustType, string>> = {
  acute: 'Hospitals NHS Foundation Trust',
  mental_health_learning_disability: 'Mental Health NHS Trust',
  community: 'Community Health Services NHS Trust',
  ambulance: 'Ambulance Service NHS Trust',
  acute_and_community: 'Health and Care NHS Foundation Trust',
  specialist: 'Specialist Hospital NHS Foundation Trust',
};

/** Roughly the mix of trust types in England. */
export const TRUST_TYPE_WEIGHTS: readonly (readonly [TrustType, number])[] = [
  ['acute', 55],
  ['mental_health_learning_disability', 22],
  ['community', 7],
  ['ambulance', 5],
  ['acute_and_community', 6],
  ['specialist', 5],
];

export const REGIONS: readonly NhsRegion[] = ['north_east_and_yorkshire', 'north_west', 'midlands', 'east_of_england', 'london', 'south_east', 'south_west'];

const FIRST_NAMES = [
  'Amelia',
  'Bilal',
  'Chloe',
  'Deepak',
  'Eleanor',
  'Farah',
  'George',
  'Hannah',
  'Imran',
  'Joanna',
  'Kieran',
  'Leila',
  'Matthew',
  'Niamh',
  'Oluwaseun',
  'Patrick',
  'Rachel',
  'Sanjay',
  'Tariq',
  'Verity',
  'William',
  'Yasmin',
  'Zoe',
  'Adebayo',
] as const;
const LAST_NAMES = [
  'Ahmed',
  'Bennett',
  'Clarke',
  'Davies',
  'Evans',
  'Fraser',
  'Gill',
  'Hughes',
  'Iqbal',
  'Jones',
  'Kaur',
  'Lewis',
  'Mensah',
  'Novak',
  'Owusu',
  'Parry',
  'Quinn',
  'Roberts',
  'Singh',
  'Turner',
  'Walsh',
  'Yates',
] as const;

const DISTRICTS = ['North', 'South', 'East', 'West', 'Central', 'Upper', 'Lower', 'Greater'] as const;

/** A trust name unique by number: places repeat, so later trusts add a district number. */
export function trustName(trustNumber: number, type: TrustType): string {
  const place = PLACES[(trustNumber - 1) % PLACES.length]!;
  const round = Math.floor((trustNumber - 1) / PLACES.length);
  const district =
    round === 0 ? '' : ` ${DISTRICTS[(round - 1) % DISTRICTS.length]}${round > DISTRICTS.length ? ` ${Math.ceil(round / DISTRICTS.length)}` : ''}`;
  return `${place}${district} ${SUFFIXES[type]}`;
}

export function personName(pick: <T>(items: readonly T[]) => T): string {
  return `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
}
