import { z } from 'zod';

/** A page's query string as Next.js hands it over: a key given twice is an array, a missing one undefined. */
export type RawSearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** Each field must accept a missing value (`.optional()`, `.default()` or `.catch()`): that is what a bad value falls back to. */
type TolerantShape<Shape extends z.ZodRawShape> = {
  [Key in keyof Shape]: Shape[Key] extends z.ZodCatch<z.ZodType> ? Shape[Key] : undefined extends z.input<Shape[Key]> ? Shape[Key] : never;
};

/**
 * Reads a page's query string through a zod object schema, field by field, so a bad value in one
 * field falls back to that field's default (or undefined) and leaves the others alone. A repeated
 * key counts by its first value. It never throws: a crafted address gets defaults, never a 500.
 * Keys the schema does not name are dropped.
 */
export function parseSearchParams<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape & TolerantShape<Shape>>,
  raw: RawSearchParams,
): z.output<z.ZodObject<Shape>> {
  const values: Record<string, unknown> = {};
  const fields: Readonly<Record<string, z.core.$ZodType>> = schema.shape;
  for (const [key, field] of Object.entries(fields)) {
    const given = raw[key];
    const parsed = z.safeParse(field, Array.isArray(given) ? given[0] : given);
    const fallback = parsed.success ? parsed : z.safeParse(field, undefined);
    values[key] = fallback.success ? fallback.data : undefined;
  }
  return values as z.output<z.ZodObject<Shape>>;
}

/** A query value that must be one of a table's own keys (a page's success messages, say), or is dropped. */
export function keyOf<Table extends Readonly<Record<string, unknown>>>(table: Table) {
  return z.enum(Object.keys(table) as [keyof Table & string, ...(keyof Table & string)[]]).optional();
}
