import { describe, expect, it } from 'vitest';
import { nameWithJobTitle } from '../../../lib/format/person-names';

describe('nameWithJobTitle', () => {
  it('names a board member with their job title', () => {
    expect(nameWithJobTitle({ name: 'Helen Marsh', jobTitle: 'Chief People Officer' })).toBe('Helen Marsh, Chief People Officer');
  });

  it('keeps the comma for a blank job title unless asked to leave it out', () => {
    expect(nameWithJobTitle({ name: 'Helen Marsh', jobTitle: '' })).toBe('Helen Marsh, ');
    expect(nameWithJobTitle({ name: 'Helen Marsh', jobTitle: '  ' }, { omitBlankJobTitle: true })).toBe('Helen Marsh');
    expect(nameWithJobTitle({ name: 'Helen Marsh', jobTitle: 'Chair' }, { omitBlankJobTitle: true })).toBe('Helen Marsh, Chair');
  });
});
