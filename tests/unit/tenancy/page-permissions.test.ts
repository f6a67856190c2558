import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePermission, pageRefusal } from '../../../lib/tenancy/page-permissions';

const TRUST_PAGES = join(process.cwd(), 'app', 't', '[trustSlug]');

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pageFiles(join(dir, entry.name)) : entry.name === 'page.tsx' ? [join(dir, entry.name)] : [],
  );
}

/** Every page that refuses a role, with the permission it asks for and an address of it. */
const refusingPages = pageFiles(TRUST_PAGES).flatMap((file) => {
  const permission = /requireTenantPermission\([^,]+,\s*'([a-z.-]+)'\)/.exec(readFileSync(file, 'utf8'))?.[1];
  const path = `/t/northfield/${relative(TRUST_PAGES, file)
    .replace(/(^|\/)page\.tsx$/, '')
    .replace(/\[[^\]]+\]/g, 'x1')}`.replace(/\/$/, '');
  return permission ? [{ path, permission }] : [];
});

describe('the permission page’s table of pages', () => {
  it('names, for every page that refuses a role, the permission that page asks for', () => {
    expect(refusingPages.length).toBeGreaterThan(20);
    expect(refusingPages.filter((page) => pagePermission(page.path) !== page.permission)).toEqual([]);
  });

  it('says what the page is for and which roles may use it', () => {
    expect(pageRefusal('/t/northfield/people/invite')).toEqual({ purpose: 'manage people and board members', roles: ['trust administrator'] });
    expect(pageRefusal('/t/northfield/reports/export')?.roles).toEqual(['trust administrator', 'company secretary']);
    expect(pageRefusal('/t/northfield/review')).toBeNull();
  });
});
