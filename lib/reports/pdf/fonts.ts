import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The PDF embeds Arimo, an Arial-compatible sans (same widths as Arial and Liberation Sans) under
// the SIL Open Font License, from the @expo-google-fonts/arimo npm package. We embed a real
// TrueType font rather than pdfkit's built-in Helvetica because accessible PDFs (PDF/UA) must
// embed every font, and Helvetica is only referenced, never embedded.

export const FONT_REGULAR = 'Arimo';
export const FONT_BOLD = 'Arimo-Bold';

const FONT_PACKAGE = '@expo-google-fonts/arimo';
const FONT_FILES: Readonly<Record<typeof FONT_REGULAR | typeof FONT_BOLD, string>> = {
  [FONT_REGULAR]: '400Regular/Arimo_400Regular.ttf',
  [FONT_BOLD]: '700Bold/Arimo_700Bold.ttf',
};

export type ReportFonts = { regular: Buffer; bold: Buffer; regularPath: string };

let cached: ReportFonts | null = null;

// Resolved from the project root at run time, not through the bundler: the server bundle, the
// CLI and the tests all run with the project as the working directory, and a bundler would
// otherwise try to inline or rename the .ttf file.
function fontPackageDir(): string {
  const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));
  return path.dirname(requireFromRoot.resolve(`${FONT_PACKAGE}/package.json`));
}

/** The regular and bold TrueType files, read once per process. */
// The turbopackIgnore comments keep Next's build from tracing the whole project because of these
// run-time paths (the font package is in node_modules, which the server has anyway).
export function loadReportFonts(): ReportFonts {
  if (cached) return cached;
  const dir = fontPackageDir();
  const regularPath = path.join(/*turbopackIgnore: true*/ dir, FONT_FILES[FONT_REGULAR]);
  cached = {
    regularPath,
    regular: readFileSync(/*turbopackIgnore: true*/ regularPath),
    bold: readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, FONT_FILES[FONT_BOLD])),
  };
  return cached;
}
