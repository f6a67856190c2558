// The four self-assessment domains. Numbers match the guide's tool, where
// they also prefix the question refs ("2.3" is the third data question).

export type DomainNumber = 1 | 2 | 3 | 4;

export type Domain = {
  number: DomainNumber;
  label: string;
  description: string;
};

export const DOMAIN_NUMBERS: readonly DomainNumber[] = [1, 2, 3, 4];

export const DOMAINS: readonly Domain[] = [
  {
    number: 1,
    label: 'Public health capacity and capability',
    description: 'Whether the trust has the public health skills, training and specialist staff it needs to act on health inequalities.',
  },
  {
    number: 2,
    label: 'Data, insight, evidence and evaluation',
    description: 'Whether the trust records good data, breaks it down by group and uses evidence and evaluation to guide what it does.',
  },
  {
    number: 3,
    label: 'Strategic leadership and accountability',
    description: 'Whether the board sets a clear direction, names who is responsible and holds the trust to account for progress.',
  },
  {
    number: 4,
    label: 'System partnerships',
    description: 'Whether the trust works with system partners, local communities and local organisations to reduce inequalities together.',
  },
];

export function findDomain(domain: DomainNumber): Domain {
  const found = DOMAINS.find((candidate) => candidate.number === domain);
  // DOMAINS covers every DomainNumber, so a miss means the list was edited badly.
  if (!found) throw new Error(`Unknown domain: ${domain}`);
  return found;
}

export function isDomainNumber(value: unknown): value is DomainNumber {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
