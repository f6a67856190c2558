import type { BoardSummaryDto } from '@/lib/review/review-dto';
import { ScrollTable } from '@/components/layout/scroll-table';
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
            <ScrollTable
              caption={
                <>
                  {domain.domain}. {domain.label}
                </>
              }
              captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden"
            >
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">
                    Non-executive director
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Judgement
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Reason
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {domain.judgements.map((judgement) => (
                  <tr key={judgement.id} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header nhsuk-u-font-weight-normal">
                      {judgement.ned.name ?? 'A former member'}
                    </th>
                    <td className="nhsuk-table__cell">
                      <AssuranceTag level={judgement.level} />
                    </td>
                    <td className="nhsuk-table__cell app-thread__body">{judgement.reason}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )}
          {domain.awaiting.length > 0 ? (
            <p className="nhsuk-body-s">Not yet recorded: {domain.awaiting.map((ned) => ned.name ?? 'a former member').join(', ')}.</p>
          ) : null}
        </div>
      ))}
    </>
  );
}
