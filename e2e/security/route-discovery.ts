import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every page and route handler of the App Router, read from the app/ folder at test time so a page
 * added tomorrow is in tomorrow's matrix. next-auth's own handler (app/api/auth) is left out.
 */
export type Route = { file: string; kind: 'page' | 'route'; template: string; segments: string[]; methods: string[] };

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const EXCLUDED = [/^app\/api\/auth\//];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : walk(full);
    return [full];
  });
}

/** "app/t/[trustSlug]/(group)/x/page.tsx" → "/t/[trustSlug]/x", with its dynamic segments. */
function templateOf(file: string): { template: string; segments: string[] } {
  const parts = path.dirname(file).split('/').slice(1);
  const kept = parts.filter((part) => !/^\(.*\)$/.test(part) && !part.startsWith('@'));
  const segments = kept.flatMap((part) => {
    const match = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(part);
    return match ? [match[1]!] : [];
  });
  return { template: `/${kept.join('/')}`, segments };
}

/** The HTTP methods a route handler exports (export function GET / export const POST / export { GET }). */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of match[1]!.split(',').map(
      (item) =>
        item
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
    ))
      if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) found.add(name);
  }
  return [...found];
}

export function discoverRoutes(root = process.cwd()): Route[] {
  const routes: Route[] = [];
  for (const full of walk(path.join(root, 'app'))) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (EXCLUDED.some((pattern) => pattern.test(file))) continue;
    const name = path.basename(file);
    const kind = /^page\.(tsx|ts|jsx|js|mdx)$/.test(name) ? 'page' : /^route\.(ts|js)$/.test(name) ? 'route' : null;
    if (!kind) continue;
    const methods = kind === 'page' ? ['GET'] : exportedMethods(readFileSync(full, 'utf8'));
    routes.push({ file, kind, ...templateOf(file), methods });
  }
  return routes.sort((a, b) => a.template.localeCompare(b.template));
}
