import type { ReactNode } from 'react';
import { SummaryList, SummaryListKey, SummaryListRow, SummaryListValue } from 'nhsuk-react-components';
import { findDomain } from '@/lib/catalogue/domains';
import { formatDate } from '@/lib/format/dates';
import { nameWithJobTitle } from '@/lib/format/person-names';
import type { BoardMemberRefDto, ObjectiveSummaryDto } from '@/lib/objectives/objective-dto';
import { BREAKDOWN_LABELS, MEASURE_DIRECTION_LABELS } from '@/lib/objectives/smart-completeness';

const NOT_GIVEN = 'Not given yet';

function measured(value: number | null, unit: string): string {
  if (value === null) return NOT_GIVEN;
  return unit === '' ? String(value) : `${value} ${unit}`;
}

function latestValue(objective: ObjectiveSummaryDto): string {
  const latest = objective.latestUpdate;
  if (!latest || latest.measureValue === null) return 'None recorded yet';
  return `${measured(latest.measureValue, objective.unit)} on ${formatDate(latest.date)}`;
}

function person(member: BoardMemberRefDto | null, none: string): string {
  if (!member) return none;
  return `${nameWithJobTitle(member)}${member.hasLeft ? ' (has left the board)' : ''}`;
}

function Rows({ rows }: Readonly<{ rows: readonly (readonly [string, ReactNode])[] }>) {
  return (
    <SummaryList>
      {rows.map(([key, value]) => (
        <SummaryListRow key={key}>
          <SummaryListKey>{key}</SummaryListKey>
          <SummaryListValue>{value === '' ? NOT_GIVEN : value}</SummaryListValue>
        </SummaryListRow>
      ))}
    </SummaryList>
  );
}

const SOURCE_LABELS: Readonly<Record<ObjectiveSummaryDto['source'], string>> = {
  catalogue: 'The guide’s catalogue',
  suggestion: 'A suggestion from the self-assessment',
  own: 'The trust’s own objective',
};

/** Everything the objective says, under the SMART headings. */
export function SmartSummary({ objective, headingLevel = 2 }: Readonly<{ objective: ObjectiveSummaryDto; headingLevel?: 2 | 3 }>) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingClass = headingLevel === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s';
  const breakdowns = objective.breakdowns.map((breakdown) =>
    breakdown === 'other' && objective.breakdownOther ? `Other: ${objective.breakdownOther}` : BREAKDOWN_LABELS[breakdown],
  );
  return (
    <>
      <Heading className={headingClass}>Specific</Heading>
      <Rows
        rows={[
          ['Title', objective.title],
          [
            'What will be done',
            objective.description === '' ? (
              ''
            ) : (
              <span key="description" style={{ whiteSpace: 'pre-line' }}>
                {objective.description}
              </span>
            ),
          ],
        ]}
      />
      <Heading className={headingClass}>Measurable</Heading>
      <Rows
        rows={[
          ['Measure', objective.measure],
          ['Baseline', measured(objective.baseline, objective.unit)],
          ['Target', measured(objective.target, objective.unit)],
          ['Which way is better', objective.direction ? MEASURE_DIRECTION_LABELS[objective.direction] : ''],
          ['Latest value', latestValue(objective)],
          [
            'Reported by',
            breakdowns.length === 0 && objective.countsPeople === false
              ? 'No breakdowns: the measure does not count patients or local people'
              : breakdowns.join(', '),
          ],
        ]}
      />
      <Heading className={headingClass}>Achievable</Heading>
      <Rows
        rows={[
          ['Resources', objective.resources],
          ['Dependencies', objective.dependencies],
        ]}
      />
      <Heading className={headingClass}>Relevant</Heading>
      <Rows
        rows={[
          ['Guide objectives', objective.catalogueRefs.join(', ')],
          ['Self-assessment questions', objective.questionRefs.join(', ') || 'None'],
          ['Domains', objective.domains.map((domain) => findDomain(domain).label).join('; ')],
          ['Comes from', SOURCE_LABELS[objective.source]],
        ]}
      />
      <Heading className={headingClass}>Time-bound</Heading>
      <Rows
        rows={[
          ['Financial year', objective.financialYearLabel],
          ['Start date', objective.startDate ? formatDate(objective.startDate) : ''],
          ['Due date', objective.dueDate ? formatDate(objective.dueDate) : ''],
        ]}
      />
      <Heading className={headingClass}>Owner</Heading>
      <Rows
        rows={[
          ['Owner', person(objective.owner, NOT_GIVEN)],
          ['Supporting lead', person(objective.supportingLead, 'None')],
          ['Committee', objective.committee],
        ]}
      />
    </>
  );
}
