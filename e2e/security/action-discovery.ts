import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every server action of the production build, with the id Next.js gave it, read from the build's
 * own manifest, so the id a browser would send is the one tested. Each comes with a page that
 * holds it and needs no value but the trust's slug (or a placeholder token), to post to.
 */
export type BuiltAction = { id: string; file: string; name: string; page: string; tenantBound: boolean };

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

function urlOf(worker: string, trustSlug: string): string | null {
  const kept = worker
    .replace(/\/page$/, '')
    .split('/')
    .slice(1)
    .filter((part) => !/^\(.*\)$/.test(part));
  const filled = kept.map((part) => (part === '[trustSlug]' ? trustSlug : part === '[token]' ? 'not-a-real-token' : part));
  return filled.some((part) => part.startsWith('[')) ? null : `/${filled.join('/')}`;
}

export function discoverBuiltActions(trustSlug: string, root = process.cwd()): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const page = Object.keys(entry.workers)
        .map((worker) => urlOf(worker, trustSlug))
        .find((url) => url !== null);
      if (!page) throw new Error(`No page without extra dynamic segments holds ${entry.exportedName} (${entry.filename}): teach urlOf() a value.`);
      return { id, file: entry.filename, name: entry.exportedName, page, tenantBound: entry.filename.startsWith('app/t/[trustSlug]/') };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}
