import Link from 'next/link';
import type { AnswerConflictDto } from './answer-form-state';
import { AnswerDetails } from './answer-details';
import { savedByText } from './saved-by';

type Props = Readonly<{ conflict: AnswerConflictDto; keepSavedHref: string }>;

/** Both sides of a stale save, so the user can choose which answer to keep. */
export function AnswerComparison({ conflict, keepSavedHref }: Props) {
  const { saved, attempted } = conflict;
  return (
    <section id="conflict" aria-labelledby="conflict-heading" tabIndex={-1} className="nhsuk-u-margin-bottom-6">
      <h2 id="conflict-heading">Compare the two answers</h2>
      <h3>The answer that was saved</h3>
      <AnswerDetails value={saved.value} evidenceNote={saved.evidenceNote} evidenceLinks={saved.evidenceLinks} savedBy={savedByText(saved)} />
      {attempted ? (
        <>
          <h3>Your answer, not saved yet</h3>
          <AnswerDetails value={attempted.value} evidenceNote={attempted.evidenceNote} evidenceLinks={attempted.evidenceLinks} />
          <p>Your answer is still in the form below. To replace the saved answer with yours, check the form and select “Save and continue”.</p>
        </>
      ) : (
        <p>
          You were confirming last year’s answer, but it has been changed since you opened this page. Check the answer in the form below before you save it.
        </p>
      )}
      <p>
        <Link href={keepSavedHref}>Keep the saved answer and continue</Link>
      </p>
    </section>
  );
}
