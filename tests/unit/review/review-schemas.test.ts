import { describe, expect, it } from 'vitest';
import { compareYearsSchema, raiseChallengeSchema, recordJudgementSchema, respondToChallengeSchema } from '../../../lib/review/schemas';
import { peerOptInSchema } from '../../../lib/peers/schemas';

const ID = '2b6b0a7e-6f5e-4c43-9a57-6f3a1c7e0d11';
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('board review form schemas', () => {
  it('reads two years from selects and names an empty one', () => {
    expect(compareYearsSchema.parse({ yearA: '2024', yearB: '2025/26' })).toEqual({ yearA: 2024, yearB: 2025 });
    expect(messages(compareYearsSchema.safeParse({ yearA: '', yearB: 'next year' }))).toEqual({
      yearA: 'Select the first year to compare',
      yearB: 'Select the second year to compare',
    });
  });

  it('builds a challenge target of the chosen kind and asks for what is missing', () => {
    expect(raiseChallengeSchema.parse({ targetKind: 'answer', assessmentId: ID, questionRef: ' 2.3 ', text: ' Why?\r\nReally? ' })).toEqual({
      targetKind: 'answer',
      assessmentId: ID,
      questionRef: '2.3',
      text: 'Why?\nReally?',
    });
    expect(raiseChallengeSchema.parse({ targetKind: 'domain', assessmentId: ID, domain: '4', text: 'Why?' })).toEqual({
      targetKind: 'domain',
      assessmentId: ID,
      domain: 4,
      text: 'Why?',
    });
    expect(raiseChallengeSchema.parse({ targetKind: 'objective', objectiveId: ID, assessmentId: 'ignored', text: 'Why?' })).toEqual({
      targetKind: 'objective',
      objectiveId: ID,
      text: 'Why?',
    });
    expect(messages(raiseChallengeSchema.safeParse({ targetKind: 'answer', assessmentId: ID, questionRef: '9.9', text: '   ' }))).toEqual({
      text: 'Enter your challenge',
    });
    expect(messages(raiseChallengeSchema.safeParse({ targetKind: 'answer', assessmentId: ID, questionRef: '9.9', text: 'Why?' }))).toEqual({
      questionRef: 'Select a question to challenge',
    });
    expect(messages(raiseChallengeSchema.safeParse({ targetKind: 'domain', assessmentId: 'x', text: 'Why?' }))).toEqual({
      assessmentId: 'Select the year’s self-assessment to challenge',
    });
    expect(messages(raiseChallengeSchema.safeParse({ targetKind: 'nonsense', text: 'Why?' }))).toEqual({ targetKind: 'Select what you want to challenge' });
    expect(messages(raiseChallengeSchema.safeParse({ targetKind: 'domain', assessmentId: ID, domain: '5', text: 'x'.repeat(5001) }))).toEqual({
      text: 'Use 5000 characters or fewer',
    });
  });

  it('requires a response and a reason', () => {
    expect(messages(respondToChallengeSchema.safeParse({ challengeId: ID, body: '', expectedVersion: '2' }))).toEqual({ body: 'Enter your response' });
    expect(messages(recordJudgementSchema.safeParse({ financialYear: '2025', domain: '2', reason: '' }))).toEqual({
      level: 'Select how assured you are',
      reason: 'Enter the reason for your judgement',
    });
    expect(recordJudgementSchema.parse({ financialYear: '2025', domain: '2', level: 'partially_assured', reason: 'Because', expectedVersion: '' })).toEqual({
      financialYear: 2025,
      domain: 2,
      level: 'partially_assured',
      reason: 'Because',
      expectedVersion: undefined,
    });
  });

  it('reads the opt-in radios as a yes or no', () => {
    expect(peerOptInSchema.parse({ optIn: 'yes' })).toEqual({ optIn: true });
    expect(messages(peerOptInSchema.safeParse({}))).toEqual({ optIn: 'Select whether this trust takes part in peer comparison' });
  });
});
