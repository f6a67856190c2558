import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { schemaFields } from '../../tests/support/security-forms';
import * as answerSetSchemas from '../../lib/assessments/answer-set-schema';
import * as assessmentSchemas from '../../lib/assessments/schemas';
import * as authSchemas from '../../lib/auth/schemas';
import * as indicatorSchemas from '../../lib/indicators/schemas';
import * as objectiveSchemas from '../../lib/objectives/schemas';
import * as operatorSchemas from '../../lib/operator/schemas';
import * as peerSchemas from '../../lib/peers/schemas';
import * as peopleSchemas from '../../lib/people/schemas';
import * as reportSchemas from '../../lib/reports/schemas';
import * as reviewSchemas from '../../lib/review/schemas';

/**
 * Hostile input for the HTTP property tests: strings an attacker or a broken client sends, and
 * field names taken from every zod schema in lib/ (so a form field added tomorrow is fuzzed too),
 * mixed with names nothing expects.
 */
const NASTY = [
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '\u0000',
  '__proto__',
  'constructor',
  'prototype',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  '2025-13-45',
  '00000000-0000-0000-0000-000000000000',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '$K1',
  '$@1',
  '$$',
  '\u202e\u0627\u200f',
  '😀'.repeat(50),
  ' ',
  '',
  'a'.repeat(20_000),
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

// Playwright cannot import TypeScript on the fly, so the schema modules are imported here and
// SCHEMA_MODULES is checked against the files on disk: a new schema file fails the spec until listed.
const SCHEMA_MODULES: Record<string, Record<string, unknown>> = {
  'lib/assessments/answer-set-schema.ts': answerSetSchemas,
  'lib/assessments/schemas.ts': assessmentSchemas,
  'lib/auth/schemas.ts': authSchemas,
  'lib/indicators/schemas.ts': indicatorSchemas,
  'lib/objectives/schemas.ts': objectiveSchemas,
  'lib/operator/schemas.ts': operatorSchemas,
  'lib/peers/schemas.ts': peerSchemas,
  'lib/people/schemas.ts': peopleSchemas,
  'lib/reports/schemas.ts': reportSchemas,
  'lib/review/schemas.ts': reviewSchemas,
};

function schemaFiles(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : schemaFiles(full, root);
    return /(^schemas|-schema)\.ts$/.test(entry.name) ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** Schema files on disk that SCHEMA_MODULES does not import. */
export function unlistedSchemaFiles(root = process.cwd()): string[] {
  return schemaFiles(path.join(root, 'lib'), root).filter((file) => !(file in SCHEMA_MODULES));
}

/** Every field name of every zod schema exported from lib/**\/schemas.ts and lib/**\/*-schema.ts. */
export function schemaFieldNames(): string[] {
  const names = new Set<string>();
  for (const exports of Object.values(SCHEMA_MODULES))
    for (const value of Object.values(exports)) for (const name of schemaFields(value).keys()) names.add(name);
  return [...names].sort();
}

export function hostileForm(fieldNames: string[]) {
  const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fieldNames) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) });
  return fc.dictionary(name, hostileString, { maxKeys: 8 });
}

export const hostileQuery = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom('year', 'groupBy', 'status', 'owner', 'domain', 'callbackUrl', 'page', 'sort', 'q', 'updated', 'created'),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    hostileString,
    { maxKeys: 4 },
  )
  .map((entries) => new URLSearchParams(entries).toString());

/** Headers a client may send that the app or Next.js reads. */
export const hostileHeaders = fc.dictionary(
  fc.constantFrom(
    'Accept',
    'Accept-Language',
    'Range',
    'If-None-Match',
    'X-Forwarded-For',
    'Referer',
    'Next-Router-State-Tree',
    'RSC',
    'Next-Url',
    'Next-Router-Prefetch',
  ),
  hostileString.map((value) => value.replace(/[^\x20-\x7e]/g, '?').slice(0, 2000)),
  { maxKeys: 3 },
);

/** Text an answer must never carry: stack traces, Prisma or PostgreSQL internals. */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\bat [\w$.<>]+ \((?:\/|file:|webpack|node:)[^)]*:\d+:\d+\)/],
  ['source path', /\/node_modules\/|\/work\/|\.next\/server\//],
  ['Prisma', /PrismaClient|prisma\.\w+\.\w+\(|Invalid `prisma|DriverAdapterError/],
  [
    'SQL',
    /SQLSTATE|syntax error at or near|invalid input syntax for|violates (?:check|foreign key|unique|not-null) constraint|relation "[^"]+" does not exist/i,
  ],
];

export function leaksIn(body: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(body)).map(([label]) => label);
}
