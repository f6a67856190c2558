import { describe, expect, it } from 'vitest';
import { financialYearBounds, financialYearOf, formatFinancialYear, parseFinancialYear, ukDateOf } from '../../../lib/calendar/financial-year';

describe('financialYearOf', () => {
  it('starts a new financial year at midnight on 1 April, UK time', () => {
    expect(financialYearOf(new Date('2025-04-01T00:00:00+01:00'))).toBe(2025);
    expect(financialYearOf(new Date('2025-03-31T23:59:59+01:00'))).toBe(2024);
  });

  it('uses British Summer Time: 23:30 UTC on 31 March 2026 is already 1 April in the UK', () => {
    expect(financialYearOf(new Date('2026-03-31T23:30:00Z'))).toBe(2026);
    expect(financialYearOf(new Date('2026-03-31T22:59:59Z'))).toBe(2025);
    expect(financialYearOf(new Date('2026-03-31T23:00:00Z'))).toBe(2026);
  });

  it('puts January to March in the year that started the April before', () => {
    expect(financialYearOf(new Date('2026-01-15T12:00:00Z'))).toBe(2025);
    expect(financialYearOf(new Date('2025-12-31T23:59:59Z'))).toBe(2025);
  });
});

describe('formatFinancialYear and parseFinancialYear', () => {
  it('formats the start year with the next year’s last two digits', () => {
    expect(formatFinancialYear(2025)).toBe('2025/26');
    expect(formatFinancialYear(2009)).toBe('2009/10');
    expect(formatFinancialYear(2099)).toBe('2099/00');
  });

  it('reads back what it formats, and common ways of typing it', () => {
    expect(parseFinancialYear('2025/26')).toBe(2025);
    expect(parseFinancialYear(' 2025-26 ')).toBe(2025);
    expect(parseFinancialYear('2025–26')).toBe(2025);
    expect(parseFinancialYear('2099/00')).toBe(2099);
    for (let year = 2000; year <= 2100; year += 1) expect(parseFinancialYear(formatFinancialYear(year))).toBe(year);
  });

  it('rejects years whose halves do not follow on, and anything else', () => {
    for (const text of ['2025/27', '2025/25', '2025', '25/26', '2025/2026', '', 'abcd/ef', '1999/00', '2101/02']) {
      expect(parseFinancialYear(text)).toBeNull();
    }
  });
});

describe('financialYearBounds', () => {
  it('runs from 1 April 00:00 UK time (BST, UTC+1) to the next 1 April', () => {
    const { start, end } = financialYearBounds(2025);
    expect(start.toISOString()).toBe('2025-03-31T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T23:00:00.000Z');
    expect(financialYearOf(start)).toBe(2025);
    expect(financialYearOf(new Date(end.getTime() - 1))).toBe(2025);
    expect(financialYearOf(end)).toBe(2026);
  });
});

describe('ukDateOf', () => {
  it('gives the calendar date on a UK clock', () => {
    expect(ukDateOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukDateOf(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
