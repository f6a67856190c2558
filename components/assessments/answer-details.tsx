import { SummaryList, SummaryListKey, SummaryListRow, SummaryListValue } from 'nhsuk-react-components';
import type { AnswerValue } from '@/lib/assessments/scoring';
import { answerLabel } from './labels';
import { LastYearsEvidenceTag } from './status-tags';

type Props = Readonly<{
  value: AnswerValue | null;
  evidenceNote: string;
  evidenceLinks: readonly string[];
  /** "Saved by … on …", when known. */
  savedBy?: string;
  /** The evidence is last year's and the answer has changed since. */
  evidenceFromLastYear?: boolean;
}>;

/** One answer with its evidence as a summary list, for read-only pages and conflict comparisons. */
export function AnswerDetails({ value, evidenceNote, evidenceLinks, savedBy, evidenceFromLastYear = false }: Props) {
  return (
    <SummaryList>
      <SummaryListRow>
        <SummaryListKey>Answer</SummaryListKey>
        <SummaryListValue>{answerLabel(value)}</SummaryListValue>
      </SummaryListRow>
      <SummaryListRow>
        <SummaryListKey>Evidence note</SummaryListKey>
        <SummaryListValue>
          {evidenceFromLastYear ? (
            <p className="nhsuk-u-margin-bottom-2">
              <LastYearsEvidenceTag />
            </p>
          ) : null}
          {evidenceNote ? <span style={{ whiteSpace: 'pre-line' }}>{evidenceNote}</span> : 'None given'}
        </SummaryListValue>
      </SummaryListRow>
      <SummaryListRow>
        <SummaryListKey>Evidence links</SummaryListKey>
        <SummaryListValue>
          {evidenceLinks.length === 0 ? (
            'None given'
          ) : (
            <ul className="nhsuk-list">
              {evidenceLinks.map((link) => (
                <li key={link} style={{ wordBreak: 'break-all' }}>
                  <a href={link} rel="noreferrer">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </SummaryListValue>
      </SummaryListRow>
      {savedBy ? (
        <SummaryListRow>
          <SummaryListKey>Last saved</SummaryListKey>
          <SummaryListValue>{savedBy}</SummaryListValue>
        </SummaryListRow>
      ) : null}
    </SummaryList>
  );
}
