import { LastYearsEvidenceTag } from './status-tags';

/** Above the evidence fields when they still hold last year's evidence but the answer has changed. */
export function LastYearsEvidenceNotice() {
  return (
    <div className="nhsuk-inset-text" id="last-years-evidence">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <LastYearsEvidenceTag />
      </p>
      <p>
        The evidence below was carried over from last year, when it was given for a different answer. Check that it supports this year’s answer: change it, or
        save the answer again to keep it as it is.
      </p>
    </div>
  );
}
