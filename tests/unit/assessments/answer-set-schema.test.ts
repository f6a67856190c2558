import { describe, expect, it } from 'vitest';
import { ANSWER_SET_SCHEMA, parseAnswerSets } from '../../../lib/assessments/answer-set-schema';

function firstIssue(input: unknown) {
  const result = ANSWER_SET_SCHEMA.safeParse(input);
  if (result.success) throw new Error('expected the answer set to be refused');
  return result.error.issues[0];
}

describe('the answer set schema', () => {
  it('accepts known questions answered yes, partial or no, and an empty set', () => {
    expect(ANSWER_SET_SCHEMA.parse({ '1.1': 'yes', '2.3': 'partial', '3.2': 'no' })).toEqual({
      '1.1': 'yes',
      '2.3': 'partial',
      '3.2': 'no',
    });
    expect(ANSWER_SET_SCHEMA.parse({})).toEqual({});
  });

  it('refuses partial for question 3.2 and names the key', () => {
    const issue = firstIssue({ '3.2': 'partial' });
    expect(issue?.path).toEqual(['3.2']);
    expect(issue?.message).toBe('question 3.2 only accepts yes or no');
  });

  it('refuses a key that is not a question and names the key', () => {
    const issue = firstIssue({ '1.1': 'yes', '4.6': 'yes' });
    expect(issue?.path).toEqual(['4.6']);
    expect(issue?.message).toContain('"4.6"');
  });

  it('refuses a "__proto__" key instead of silently dropping it', () => {
    expect(firstIssue(JSON.parse('{"__proto__": "yes"}'))?.path).toEqual(['__proto__']);
  });

  it.each([['maybe'], [2], [null], [true], ['Yes']])('refuses %j as an answer and names the key', (value) => {
    const issue = firstIssue({ '2.1': value });
    expect(issue?.path).toEqual(['2.1']);
    expect(issue?.message).toBe('question 2.1 must be answered yes, partial or no');
  });

  it.each([[[]], [null], ['yes'], [3]])('refuses %j because it is not an object', (value) => {
    expect(firstIssue(value)?.path).toEqual([]);
  });
});

describe('parsing a JSON list of answer sets', () => {
  it('returns every set in order when all are valid', () => {
    expect(parseAnswerSets('[{"1.1":"yes"},{},{"3.2":"no"}]')).toEqual({
      ok: true,
      sets: [{ '1.1': 'yes' }, {}, { '3.2': 'no' }],
    });
  });

  it('accepts an empty list', () => {
    expect(parseAnswerSets('[]')).toEqual({ ok: true, sets: [] });
  });

  it('names the set by its 0-based index and the key when 3.2 is answered partial', () => {
    expect(parseAnswerSets('[{}, {"1.1":"yes"}, {"3.2":"partial"}]')).toEqual({
      ok: false,
      message: 'answer set 2, key "3.2": question 3.2 only accepts yes or no',
    });
  });

  it('names the set and the key for an unknown question', () => {
    const result = parseAnswerSets('[{"1.1":"yes"}, {"5.1":"no"}]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^answer set 1, key "5\.1": /);
  });

  it('names the set and the key for a value that is not an answer', () => {
    const result = parseAnswerSets('[{"2.2":"sometimes"}]');
    expect(result).toEqual({
      ok: false,
      message: 'answer set 0, key "2.2": question 2.2 must be answered yes, partial or no',
    });
  });

  it('names the set when an item is not an object', () => {
    const result = parseAnswerSets('[{}, ["1.1"]]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^answer set 1: /);
  });

  it('refuses input that is not JSON', () => {
    const result = parseAnswerSets('{"1.1": yes');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/JSON/);
  });

  it('refuses JSON that is not a list', () => {
    const result = parseAnswerSets('{"1.1":"yes"}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/array/);
  });

  it('refuses empty input', () => {
    expect(parseAnswerSets('').ok).toBe(false);
  });
});
