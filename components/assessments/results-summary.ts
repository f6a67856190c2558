import type { DomainResultDto } from '@/lib/assessments/result-details';

/** The results in one sentence, for the chart's description and the text beside the table. */
export function resultsSentence(domains: readonly DomainResultDto[]): string {
  if (domains.length === 0) return 'There are no results yet.';
  const sorted = [...domains].sort((a, b) => b.percent - a.percent || a.domain - b.domain);
  const highest = sorted[0]!;
  const lowest = sorted[sorted.length - 1]!;
  if (highest.percent === lowest.percent) {
    return `All four domains scored ${highest.percent}% (${highest.maturityLabel.toLowerCase()}).`;
  }
  return `The trust scored highest in ${highest.label.toLowerCase()} (${highest.percent}%, ${highest.maturityLabel.toLowerCase()}) and lowest in ${lowest.label.toLowerCase()} (${lowest.percent}%, ${lowest.maturityLabel.toLowerCase()}).`;
}
