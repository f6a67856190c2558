import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { downloadErrorResponse } from '@/lib/actions/route-errors';
import { AppError } from '@/lib/errors/app-error';

const TRUST_ROUTES = join(process.cwd(), 'app', 't');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : entry.name === 'route.ts' ? [join(dir, entry.name)] : [],
  );
}

const request = new Request('http://localhost/t/northfield-valley/objectives/export?year=2026');

describe('what a download route answers when it cannot serve the file', () => {
  it('sends a signed-out visitor to sign in and back to the same address, query included', () => {
    const response = downloadErrorResponse(request, new AppError('UNAUTHENTICATED', 'Sign in'), 'probe');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sign-in?callbackUrl=%2Ft%2Fnorthfield-valley%2Fobjectives%2Fexport%3Fyear%3D2026');
  });

  it('answers a missing record and a refused one with the same 404', async () => {
    for (const code of ['NOT_FOUND', 'FORBIDDEN'] as const) {
      const response = downloadErrorResponse(request, new AppError(code, 'Southmoor’s export'), 'probe');
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Page not found');
    }
  });

  it('asks a client the busy database refused to come back, and logs anything else as a 500', () => {
    expect(downloadErrorResponse(request, new AppError('UNAVAILABLE', 'busy'), 'probe').headers.get('retry-after')).toBe('5');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(downloadErrorResponse(request, new Error('disk full'), 'probe').status).toBe(500);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('is how every route handler under a trust answers a refusal', () => {
    const files = routeFiles(TRUST_ROUTES);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const others = files.filter((file) => !/\bdownloadErrorResponse\(request, error\b/.test(readFileSync(file, 'utf8')));
    expect(others.map((file) => relative(process.cwd(), file))).toEqual([]);
  });
});
