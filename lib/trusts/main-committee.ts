// Pure: a hint for the administrator filling in the governance settings, never printed in the
// report (the report prints only the committee the administrator records).

/**
 * The committee named on most of the trust's objectives (ties go to the name first in the
 * alphabet), or null when none names one.
 */
export function mainCommittee(committees: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const committee of committees) {
    const name = committee.trim();
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'));
  return ranked[0]?.[0] ?? null;
}
