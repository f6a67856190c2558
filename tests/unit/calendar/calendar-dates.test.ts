import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../lib/calendar/calendar-dates';

describe('daysBetween', () => {
  it('counts days between calendar dates across the clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-07-20', '2026-07-10')).toBe(-10);
  });
});
