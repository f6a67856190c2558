import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';

/**
 * Every zod schema that guards user input, found by file rather than listed by hand so a new
 * schema cannot be forgotten. Hostile input must be refused or accepted cleanly: never a thrown
 * error (which would become a 5xx), and never a message that leaks internals.
 */
const modules = import.meta.glob<Record<string, unknown>>(['../../../lib/**/schemas.ts', '../../../lib/**/*-schema.ts'], { eager: true });

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.replace(/^.*\/lib\//, 'lib/')}#${name}`, schema })),
);

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    '=cmd|calc',
    '\'; DROP TABLE "Trust"; --',
    '<script>alert(1)</script>',
    'invalid:1/2/3',
    '\u0000',
    'x'.repeat(10_000),
  ),
);
const formLike = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'role', 'email', 'value', 'trustId')),
  fc.oneof(hostileString, fc.array(hostileString, { maxLength: 5 })),
);

function assertCleanOutcome(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      expect(typeof issue.message).toBe('string');
      expect(issue.message).not.toMatch(/\n\s+at |node_modules|prisma/i);
    }
  }
}

describe('input schemas under hostile input', () => {
  it('finds the schemas to test', () => {
    expect(schemas.length).toBeGreaterThan(15);
  });

  for (const { name, schema } of schemas) {
    it(`${name} never throws and never leaks internals`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), formLike), (input) => {
          assertCleanOutcome(schema, input);
        }),
        { numRuns: 300 },
      );
    });
  }
});
