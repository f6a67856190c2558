import { describe, expect, it } from 'vitest';
import { asFormData, fieldsWithNullCharacters, submittedValues } from '../../../lib/forms/form-data';

describe('what a server action reads as its form', () => {
  it('is the FormData it was sent', () => {
    const form = new FormData();
    form.append('role', 'viewer');
    expect(asFormData(form)).toBe(form);
  });

  it('is an empty form when a hand-made request sends anything else in its place', () => {
    for (const sent of [undefined, null, 'text', 42, {}, [], { get: () => 'forged' }]) {
      const form = asFormData(sent);
      expect(form).toBeInstanceOf(FormData);
      expect(submittedValues(form)).toEqual({});
    }
  });
});

describe('text that PostgreSQL cannot store', () => {
  it('names each field holding a null character, in single values and in lists', () => {
    const errors = fieldsWithNullCharacters({ title: 'Fine', evidenceNote: 'Pasted\u0000text', breakdowns: ['age', 'sex\u0000'], note: '' });
    expect(Object.keys(errors).sort()).toEqual(['breakdowns', 'evidenceNote']);
    expect(errors.evidenceNote?.[0]).toMatch(/null character/);
  });

  it('finds nothing in ordinary text, including other control and non-Latin characters', () => {
    expect(fieldsWithNullCharacters({ a: 'Line one\nLine two\ttab', b: 'Ysbyty Gwynedd – ẞ 😀', c: ['x', 'y'] })).toEqual({});
  });
});
