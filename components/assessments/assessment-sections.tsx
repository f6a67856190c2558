import { findQuestion } from '@/lib/assessments/question-bank';
import type { AnswerState, SectionDto } from '@/lib/assessments/assessment-dto';
import { AnswerStateTag, SectionStatusTag } from './status-tags';
import { TaskList } from './task-list';
import { assessmentQuestionPath } from '@/lib/routes/paths';
import { domainAnchor } from '@/components/assessments/assessment-steps';

type Props = Readonly<{
  trustSlug: string;
  assessmentId: string;
  sections: readonly SectionDto[];
  states: ReadonlyMap<string, AnswerState>;
  /** False for readers and locked assessments: the questions are listed without links. */
  linkQuestions: boolean;
}>;

/** One task-list section per domain, each question a task with its own status. */
export function AssessmentSections({ trustSlug, assessmentId, sections, states, linkQuestions }: Props) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.domain} aria-labelledby={domainAnchor(section.domain)} className="nhsuk-u-margin-bottom-7">
          <h2 id={domainAnchor(section.domain)} className="nhsuk-heading-m nhsuk-u-margin-bottom-2">
            {section.domain}. {section.label}
          </h2>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-3">
            <SectionStatusTag status={section.status} /> {section.answeredCount} of {section.questionRefs.length} questions answered
            {section.carriedOverCount > 0 ? `, ${section.carriedOverCount} carried over from last year to review` : ''}
          </p>
          <TaskList
            idPrefix={domainAnchor(section.domain)}
            items={section.questionRefs.map((ref) => ({
              key: ref,
              name: `${ref} ${findQuestion(ref)?.text ?? ''}`,
              href: linkQuestions ? assessmentQuestionPath(trustSlug, assessmentId, ref) : undefined,
              status: <AnswerStateTag state={states.get(ref) ?? 'unanswered'} />,
            }))}
          />
        </section>
      ))}
    </>
  );
}
