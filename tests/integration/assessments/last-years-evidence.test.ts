import { beforeEach, describe, expect, it } from 'vitest';
import { confirmCarriedOverAnswer, saveAnswer } from '../../../lib/assessments/answer-mutations';
import { startAssessment } from '../../../lib/assessments/mutations';
import { getAssessment } from '../../../lib/assessments/queries';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust } from '../../support/fixtures';
import { NOW, saveAnswers, versionOf } from './assessment-fixtures';

// Evidence carried over from last year must not silently stand behind a changed answer: it stays,
// marked as last year's, until the person edits it or saves the answer with it again.

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let lead: Ctx;
let thisYear = '';
const LAST_YEARS_NOTE = 'Ethnicity recorded for 95% of patients; board paper 7, March.';

beforeEach(async () => {
  await resetDatabase();
  lead = await createMemberContext(await createTestTrust(), 'executive_lead');
  const { id: lastYear } = await startAssessment(lead, { financialYear: 2025 }, NOW);
  await saveAnswers(
    lead,
    lastYear,
    { '2.1': 'yes', '2.2': 'yes', '2.3': 'yes', '2.4': 'yes' },
    { '2.1': LAST_YEARS_NOTE, '2.2': LAST_YEARS_NOTE, '2.3': LAST_YEARS_NOTE, '2.4': LAST_YEARS_NOTE },
  );
  thisYear = (await startAssessment(lead, { financialYear: 2026 }, NOW)).id;
});

async function save(questionRef: string, value: 'yes' | 'partial' | 'no', evidenceNote: string) {
  return saveAnswer(lead, {
    assessmentId: thisYear,
    questionRef,
    value,
    evidenceNote,
    evidenceLinks: [],
    expectedVersion: await versionOf(lead, thisYear, questionRef),
  });
}

async function answerTo(questionRef: string) {
  return (await getAssessment(lead, thisYear)).answers.find((answer) => answer.questionRef === questionRef);
}

describe('last year’s evidence under a changed answer', () => {
  it('is kept and marked when the answer changes and the evidence does not', async () => {
    expect(await answerTo('2.1')).toMatchObject({ carriedOver: true, evidenceFromLastYear: false });
    const saved = await save('2.1', 'no', LAST_YEARS_NOTE);
    expect(saved).toMatchObject({ value: 'no', evidenceNote: LAST_YEARS_NOTE, carriedOver: false, evidenceFromLastYear: true });
    expect(await answerTo('2.1')).toMatchObject({ state: 'answered', evidenceFromLastYear: true });
  });

  it('stays marked through a change of answer, and is cleared by saving that answer with it again', async () => {
    await save('2.2', 'partial', LAST_YEARS_NOTE);
    expect(await save('2.2', 'no', LAST_YEARS_NOTE)).toMatchObject({ evidenceFromLastYear: true });
    expect(await save('2.2', 'no', LAST_YEARS_NOTE)).toMatchObject({ evidenceFromLastYear: false });
    // Once reviewed, it is this year's evidence: changing the answer again does not mark it.
    expect(await save('2.2', 'partial', LAST_YEARS_NOTE)).toMatchObject({ evidenceFromLastYear: false });
  });

  it('is cleared by editing the evidence, and never set when the answer is confirmed as it was', async () => {
    expect(await save('2.3', 'no', 'Recording fell to 60% after the new system went live.')).toMatchObject({ evidenceFromLastYear: false });
    expect(await save('2.4', 'yes', LAST_YEARS_NOTE)).toMatchObject({ evidenceFromLastYear: false });
    expect(await confirmCarriedOverAnswer(lead, { assessmentId: thisYear, questionRef: '1.1', expectedVersion: 1 })).toMatchObject({
      evidenceFromLastYear: false,
    });
  });
});
