import type { AnswerState, AssessmentSummaryDto, SectionStatus } from '@/lib/assessments/assessment-dto';
import type { Maturity } from '@/lib/assessments/scoring';
import { maturityLabel } from '@/lib/assessments/maturity-labels';

// Status tags always carry their meaning in words; the colour only repeats it.

type Colour = 'grey' | 'blue' | 'green' | 'purple' | 'yellow' | 'orange' | 'aqua-green' | 'white';

function Tag({ colour, children, id }: Readonly<{ colour?: Colour; children: string; id?: string }>) {
  const className = colour ? `nhsuk-tag nhsuk-tag--${colour}` : 'nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal';
  return (
    <strong className={className} id={id}>
      {children}
    </strong>
  );
}

function assessmentStatusLabel(assessment: Pick<AssessmentSummaryDto, 'status' | 'isImported'>): string {
  if (assessment.isImported) return 'Imported';
  return { draft: 'Draft', submitted: 'Submitted', approved: 'Approved' }[assessment.status];
}

export function AssessmentStatusTag({ assessment }: Readonly<{ assessment: Pick<AssessmentSummaryDto, 'status' | 'isImported'> }>) {
  const colour: Colour = assessment.isImported ? 'grey' : ({ draft: 'blue', submitted: 'purple', approved: 'green' }[assessment.status] as Colour);
  return <Tag colour={colour}>{assessmentStatusLabel(assessment)}</Tag>;
}

const SECTION_LABELS: Readonly<Record<SectionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

export function SectionStatusTag({ status, id }: Readonly<{ status: SectionStatus; id?: string }>) {
  const colour: Colour | undefined = status === 'not-started' ? 'grey' : status === 'in-progress' ? 'blue' : undefined;
  return (
    <Tag colour={colour} id={id}>
      {SECTION_LABELS[status]}
    </Tag>
  );
}

export const CARRIED_OVER_LABEL = 'Carried over – review';

const LAST_YEARS_EVIDENCE_LABEL = 'Last year’s evidence – review';

/** Evidence carried over from last year that now stands behind a changed answer. */
export function LastYearsEvidenceTag() {
  return <Tag colour="yellow">{LAST_YEARS_EVIDENCE_LABEL}</Tag>;
}

export function AnswerStateTag({ state }: Readonly<{ state: AnswerState }>) {
  if (state === 'carried-over') return <Tag colour="yellow">{CARRIED_OVER_LABEL}</Tag>;
  if (state === 'answered') return <Tag>Completed</Tag>;
  return <Tag colour="grey">Not started</Tag>;
}

const MATURITY_COLOURS: Readonly<Record<Maturity, Colour>> = {
  'not-started': 'grey',
  emerging: 'orange',
  developing: 'yellow',
  maturing: 'aqua-green',
  thriving: 'green',
};

export function MaturityTag({ maturity }: Readonly<{ maturity: Maturity }>) {
  return <Tag colour={MATURITY_COLOURS[maturity]}>{maturityLabel(maturity)}</Tag>;
}
