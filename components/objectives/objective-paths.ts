// Every URL of the objectives pages in one place, so pages, forms, actions and links agree.

export function objectivesPath(trustSlug: string): string {
  return `/t/${trustSlug}/objectives`;
}

export function objectivePath(trustSlug: string, objectiveId: string): string {
  return `${objectivesPath(trustSlug)}/${objectiveId}`;
}

export function editObjectivePath(trustSlug: string, objectiveId: string): string {
  return `${objectivePath(trustSlug, objectiveId)}/edit`;
}

/** The new-objective form, pre-filled from a guide objective when a reference is given. */
export function newObjectivePath(trustSlug: string, from?: Readonly<{ ref: string; source: 'catalogue' | 'suggestion' }>): string {
  const path = `${objectivesPath(trustSlug)}/new`;
  return from ? `${path}?${new URLSearchParams({ ref: from.ref, source: from.source }).toString()}` : path;
}

export function myObjectivesPath(trustSlug: string): string {
  return `${objectivesPath(trustSlug)}/mine`;
}

export function cataloguePath(trustSlug: string): string {
  return `${objectivesPath(trustSlug)}/catalogue`;
}

export function suggestionsPath(trustSlug: string): string {
  return `${objectivesPath(trustSlug)}/suggestions`;
}

export function carryForwardPath(trustSlug: string): string {
  return `${objectivesPath(trustSlug)}/carry-forward`;
}

export function outboxPath(trustSlug: string): string {
  return `${objectivesPath(trustSlug)}/outbox`;
}

export function ownerStatementPath(trustSlug: string, boardMemberId: string, financialYear?: number): string {
  const path = `${objectivesPath(trustSlug)}/owners/${boardMemberId}`;
  return financialYear === undefined ? path : `${path}?year=${financialYear}`;
}

/** The CSV download: one financial year, or every year when none is given. */
export function objectivesCsvPath(trustSlug: string, financialYear?: number): string {
  const path = `${objectivesPath(trustSlug)}/export`;
  return financialYear === undefined ? path : `${path}?year=${financialYear}`;
}
