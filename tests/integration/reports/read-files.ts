import { strFromU8, unzipSync } from 'fflate';
import { readPdf, squash } from '../../unit/reports/support/read-pdf';
import { renderSnapshot } from '../../../lib/reports/render';
import type { AnnualReportSnapshot } from '../../../lib/reports/snapshot';

// Renders a snapshot the way an export does and reads the file back as a reader would see it.

/** The PDF's text, every page, with white space squashed. */
export async function pdfText(snapshot: AnnualReportSnapshot): Promise<string> {
  const file = await renderSnapshot('pdf', snapshot);
  return squash((await readPdf(file.content)).pageTexts.join(' '));
}

/** The Word file's parts, and the body's text with white space squashed. */
export async function docxParts(snapshot: AnnualReportSnapshot): Promise<{ text: string; files: Record<string, Uint8Array> }> {
  const file = await renderSnapshot('docx', snapshot);
  const files = unzipSync(new Uint8Array(file.content));
  const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join(' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  return { text: squash(text), files };
}
