import Link from 'next/link';
import type { SectionReadiness } from '@/lib/reports/narrative-status';
import type { NarrativeSectionId } from '@/lib/reports/narrative-sections';
import { NarrativeStatusTag } from './narrative-status-tag';
import { SummaryList } from '@/components/ui/summary-list';

type Props = Readonly<{
  readiness: readonly SectionReadiness[];
  missingGovernance: readonly string[];
  narrativeHref: (section: NarrativeSectionId) => string;
  governanceHref: string | null;
}>;

/** What is not yet ready to publish: narratives not written or not approved, and governance facts not recorded. */
export function ExportChecklist({ readiness, missingGovernance, narrativeHref, governanceHref }: Props) {
  if (readiness.length === 0 && missingGovernance.length === 0) {
    return <p>Every section is approved and the governance facts are recorded, so any choice below can be exported for the annual report.</p>;
  }
  return (
    <>
      <h2 className="nhsuk-heading-m">Before you export</h2>
      {readiness.length > 0 ? (
        <>
          <p>
            The annual report can only include sections whose text is approved. A board paper can include them as they are. Not written or not approved yet:
          </p>
          <SummaryList
            id="not-approved"
            rows={readiness.flatMap((section) =>
              section.notReady.map((narrative) => ({
                id: narrative.id,
                key: narrative.heading === section.heading ? section.heading : `${section.heading}: ${narrative.heading}`,
                value: <NarrativeStatusTag state={narrative.state} />,
                action: {
                  href: narrativeHref(narrative.id),
                  text: narrative.state === 'not-written' ? 'Write' : 'Review',
                  visuallyHiddenText: narrative.heading,
                },
              })),
            )}
          />
        </>
      ) : null}
      {missingGovernance.length > 0 ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Governance facts not recorded
          </h3>
          <p>The report will say these are not recorded yet:</p>
          <ul>
            {missingGovernance.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <p>
            {governanceHref ? (
              <Link href={governanceHref}>Record them in the governance settings</Link>
            ) : (
              'A trust administrator records them in the governance settings.'
            )}
          </p>
        </div>
      ) : null}
    </>
  );
}
