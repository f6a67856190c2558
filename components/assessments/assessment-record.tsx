import { SummaryList, SummaryListKey, SummaryListRow, SummaryListValue } from 'nhsuk-react-components';
import type { AssessmentDto } from '@/lib/assessments/assessment-dto';
import type { PersonDto } from '@/lib/format/person-names';
import { formatDate, formatDateTime } from '@/lib/format/dates';

function who(person: PersonDto): string {
  if (!person) return '';
  return ` by ${person.name ?? 'someone who has since left the trust'}`;
}

/** Who started, submitted, approved and reopened the assessment, and when. */
export function AssessmentRecord({ assessment }: Readonly<{ assessment: AssessmentDto }>) {
  const rows: [string, string][] = [];
  rows.push([assessment.isImported ? 'Recorded' : 'Started', `${formatDateTime(assessment.createdAt)}${who(assessment.createdBy)}`]);
  if (assessment.reopenedAt)
    rows.push(['Last reopened', `${formatDateTime(assessment.reopenedAt)}${who(assessment.reopenedBy)}. Reason: ${assessment.reopenReason ?? 'not given'}`]);
  if (assessment.submittedAt) rows.push(['Submitted to the board', `${formatDateTime(assessment.submittedAt)}${who(assessment.submittedBy)}`]);
  if (assessment.approvalDate || assessment.approvedAt) {
    const meeting = assessment.approvalDate ? `Board meeting on ${formatDate(assessment.approvalDate)}` : 'Board meeting date not recorded';
    rows.push(['Board approval', `${meeting}${assessment.approvalMeetingRef ? `, reference ${assessment.approvalMeetingRef}` : ''}`]);
  }
  if (assessment.approvedAt && !assessment.isImported)
    rows.push(['Approval recorded', `${formatDateTime(assessment.approvedAt)}${who(assessment.approvedBy)}`]);
  rows.push(['Question set', `Version ${assessment.questionBankVersion}`]);
  return (
    <SummaryList>
      {rows.map(([key, value]) => (
        <SummaryListRow key={key}>
          <SummaryListKey>{key}</SummaryListKey>
          <SummaryListValue>{value}</SummaryListValue>
        </SummaryListRow>
      ))}
    </SummaryList>
  );
}
