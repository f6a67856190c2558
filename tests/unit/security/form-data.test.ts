import { describe, expect, it } from 'vitest';
import { asFormData, submittedValues } from '../../../lib/forms/form-data';

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
