import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keyOf, parseSearchParams } from '@/lib/routes/search-params';

const schema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  saved: z.literal('1').optional(),
  groupBy: z.enum(['owner', 'status']).default('status'),
  method: z.enum(['answers', 'scores']).catch('scores'),
});

describe('parseSearchParams: a page query string read through a zod schema', () => {
  it('returns typed values for a good query', () => {
    const parsed = parseSearchParams(schema, { year: '2025', saved: '1', groupBy: 'owner', method: 'answers' });
    expect(parsed).toEqual({ year: 2025, saved: '1', groupBy: 'owner', method: 'answers' });
    const year: number | undefined = parsed.year;
    expect(year).toBe(2025);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseSearchParams(schema, {})).toEqual({ year: undefined, saved: undefined, groupBy: 'status', method: 'scores' });
  });

  it('falls back field by field for bad values, never throwing', () => {
    expect(parseSearchParams(schema, { year: 'nineteen', saved: '2', groupBy: 'owner', method: '<script>' })).toEqual({
      year: undefined,
      saved: undefined,
      groupBy: 'owner',
      method: 'scores',
    });
    expect(parseSearchParams(schema, { year: '1e400', groupBy: 'anything' })).toEqual({
      year: undefined,
      saved: undefined,
      groupBy: 'status',
      method: 'scores',
    });
  });

  it('takes the first of a repeated key and drops keys the schema does not name', () => {
    expect(parseSearchParams(schema, { year: ['2024', '2025'], saved: ['x', '1'], extra: 'ignored' })).toEqual({
      year: 2024,
      saved: undefined,
      groupBy: 'status',
      method: 'scores',
    });
    expect(parseSearchParams(schema, { year: [] })).toMatchObject({ year: undefined });
  });

  it('refuses, when type checking, a field that cannot be missing: it would have nothing to fall back to', () => {
    // @ts-expect-error year must be optional, defaulted or caught
    expect(parseSearchParams(z.object({ year: z.string() }), {})).toEqual({ year: undefined });
  });

  it("a message-table key: only the table's own keys pass, never the prototype's", () => {
    const messages = { saved: 'Saved.' } as const;
    const query = z.object({ done: keyOf(messages) });
    expect(parseSearchParams(query, { done: 'saved' }).done).toBe('saved');
    expect(parseSearchParams(query, { done: 'constructor' }).done).toBeUndefined();
    expect(parseSearchParams(query, { done: '__proto__' }).done).toBeUndefined();
  });

  it('does not read keys from the prototype', () => {
    expect(parseSearchParams(z.object({ toString: z.string().optional() }), {})).toEqual({ toString: undefined });
  });
});
