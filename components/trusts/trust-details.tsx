import { SummaryList, SummaryListKey, SummaryListRow, SummaryListValue } from 'nhsuk-react-components';
import type { TrustOverviewDto } from '@/lib/trusts/trust-dto';
import { regionLabel, trustTypeLabel } from '@/lib/trusts/labels';

export function TrustDetails({ overview }: Readonly<{ overview: TrustOverviewDto }>) {
  const rows: [string, string][] = [
    ['ODS code', overview.odsCode],
    ['Type of trust', trustTypeLabel(overview.type)],
    ['NHS England region', regionLabel(overview.region)],
    ['Integrated care system', overview.icsName],
    ['People with access', String(overview.memberCount)],
    ['Current board members', String(overview.currentBoardMembers)],
    ['Role areas with nobody named', overview.uncoveredRoleAreas.length === 0 ? 'None – every role area has someone' : overview.uncoveredRoleAreas.join(', ')],
  ];
  return (
    <>
      <h2>About the trust</h2>
      <SummaryList>
        {rows.map(([key, value]) => (
          <SummaryListRow key={key}>
            <SummaryListKey>{key}</SummaryListKey>
            <SummaryListValue>{value}</SummaryListValue>
          </SummaryListRow>
        ))}
      </SummaryList>
    </>
  );
}
