import type { BoardSummaryDto } from '@/lib/review/review-dto';
import { Table } from '@/components/ui/table';
import { AssuranceTag } from './review-tags';

type Props = Readonly<{ assurance: BoardSummaryDto['assurance'] }>;

/** The board summary's account of the non-executive directors' assurance on the latest results. */
export function SummaryAssurance({ assurance }: Props) {
  if (!assurance) return <p>There are no approved results yet, so there are no assurance judgements to report.</p>;
  const recorded = assurance.domains.reduce((count, domain) => count + domain.judgements.length, 0);
  return (
    <>
      <p>
        {recorded === 0
          ? `No non-executive director has recorded a judgement on the ${assurance.financialYearLabel} results yet.`
          : `Judgements the non-executive directors recorded on the ${assurance.financialYearLabel} results, with their reasons.`}
      </p>
      {assurance.domains.map((domain) => (
        <div key={domain.domain}>
          <h3 id={`summary-assurance-${domain.domain}`}>
            {domain.domain}. {domain.label}
          </h3>
          {domain.judgements.length === 0 ? (
            <p>No judgements recorded.</p>
          ) : (
            // In its own scroll area, so at 320 px a long reason scrolls the table, not the page.
            <Table
              caption={
                <>
                  {domain.domain}. {domain.label}
                </>
              }
              captionSize="hidden"
              columns={[{ header: 'Non-executive director' }, { header: 'Judgement' }, { header: 'Reason', cellClassName: 'app-thread__body' }]}
              rowHeaders="normal"
              rows={domain.judgements.map((judgement) => ({
                key: judgement.id,
                cells: [judgement.ned.name ?? 'A former member', <AssuranceTag key="level" level={judgement.level} />, judgement.reason],
              }))}
            />
          )}
          {domain.awaiting.length > 0 ? (
            <p className="nhsuk-body-s">Not yet recorded: {domain.awaiting.map((ned) => ned.name ?? 'a former member').join(', ')}.</p>
          ) : null}
        </div>
      ))}
    </>
  );
}
