import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as sass from 'sass';

/**
 * Compiles nhsuk-frontend and our additions from Sass into public/css. We compile outside Next's
 * CSS pipeline because its CSS parser rejects the container scroll-state queries nhsuk-frontend 10
 * ships, and Sass is the only way to switch off the licensed Frutiger font faces.
 */
export function buildStyles(): string {
  const result = sass.compile(path.join('styles', 'app.scss'), {
    loadPaths: ['node_modules'],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
  });
  const outFile = path.join('public', 'css', 'fairboard.css');
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, result.css);
  copyFileSync(path.join('node_modules', 'nhsuk-frontend', 'dist', 'nhsuk', 'assets', 'images', 'favicon.ico'), path.join('public', 'favicon.ico'));
  return outFile;
}

if (process.argv[1]?.endsWith('build-styles.ts')) {
  console.log(`Wrote ${buildStyles()}`);
}
