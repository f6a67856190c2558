import { describe, expect, it } from 'vitest';
import { AppError, fieldError, invalidInput } from '@/lib/errors/app-error';
import { notFoundIfMissing, orNotFound } from '@/lib/errors/not-found';

/** What next/navigation's notFound() throws: an error whose digest names the 404. */
function isNextNotFound(error: unknown): boolean {
  return error instanceof Error && String((error as Error & { digest?: string }).digest).includes('404');
}

describe('the refusals of a form', () => {
  it('names one field with the message, which is also the error’s', () => {
    const error = fieldError('endDate', 'The end date must be on or after their start date');
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('The end date must be on or after their start date');
    expect(error.fieldErrors).toEqual({ endDate: ['The end date must be on or after their start date'] });
  });

  it('keeps a summary apart from the fields’ own problems', () => {
    const error = invalidInput('There is a problem', { file: ['Row 2: enter a value', 'Row 3: enter a period'] });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('There is a problem');
    expect(error.fieldErrors).toEqual({ file: ['Row 2: enter a value', 'Row 3: enter a period'] });
  });
});

describe('the 404 helpers for pages', () => {
  it('gives back a value that is there, even a falsy one', () => {
    expect(orNotFound({ code: 'IND01' })).toEqual({ code: 'IND01' });
    expect(orNotFound(0)).toBe(0);
    expect(orNotFound('')).toBe('');
  });

  it('shows the 404 page for a missing value', () => {
    for (const missing of [null, undefined]) {
      let thrown: unknown;
      try {
        orNotFound(missing);
      } catch (error) {
        thrown = error;
      }
      expect(isNextNotFound(thrown)).toBe(true);
    }
  });

  it('turns lib’s NOT_FOUND into the 404 page and throws anything else on', () => {
    let thrown: unknown;
    try {
      notFoundIfMissing(new AppError('NOT_FOUND', 'No such objective'));
    } catch (error) {
      thrown = error;
    }
    expect(isNextNotFound(thrown)).toBe(true);
    const forbidden = new AppError('FORBIDDEN', 'Not yours');
    expect(() => notFoundIfMissing(forbidden)).toThrow(forbidden);
    const crash = new Error('connection lost');
    expect(() => notFoundIfMissing(crash)).toThrow(crash);
  });
});
