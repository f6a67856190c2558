import { inflateSync } from 'node:zlib';
import { create } from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnualReportPdf } from '../../../lib/reports/annual-report-pdf';
import { loadReportFonts } from '../../../lib/reports/pdf/fonts';
import { EMOJI_MARKER, MISSING_MARKER, printableSnapshot, printableText } from '../../../lib/reports/pdf/printable';
import type { AnnualReportSnapshot, ReportSection } from '../../../lib/reports/snapshot';
import { buildReportSnapshot } from '../../support/report-snapshot-fixture';
import { poppler, squash, withPdfFile } from './support/read-pdf';

// Nothing prints as an empty box: characters the embedded Arimo font lacks (emoji, CJK, symbols)
// reach the page as a visible marker, never as glyph 0 (.notdef), which viewers draw as a blank box.

const NOTE = 'Admissions fell 📈 and we met the target ✅. The 健康 survey is translated. Done ✓ with 👩🏽‍⚕️ staff.';
const TITLE = 'Close the gap 🎯 in screening';

function withUnusualText(): AnnualReportSnapshot {
  const snapshot = buildReportSnapshot({ status: 'approved' });
  const sections = snapshot.sections.map((section): ReportSection => {
    if (section.id === 'data-quality') return { id: 'data-quality', content: { note: NOTE } };
    if (section.id === 'objectives') {
      const [first, ...rest] = section.content.objectives;
      return first ? { id: 'objectives', content: { objectives: [{ ...first, title: TITLE }, ...rest] } } : section;
    }
    return section;
  });
  return { ...snapshot, sections };
}

/**
 * The glyph ids pdfkit wrote for text: it shows text as hex strings of four-digit glyph ids in
 * TJ arrays, inside Flate-compressed content streams. Glyph 0 in the subset is .notdef.
 */
function shownGlyphIds(pdf: Buffer): number[] {
  const raw = pdf.toString('latin1');
  const ids: number[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue; // not a compressed content stream (fonts, metadata)
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of (array[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) {
        const digits = hex[1] ?? '';
        for (let index = 0; index < digits.length; index += 4) ids.push(parseInt(digits.slice(index, index + 4), 16));
      }
    }
  }
  return ids;
}

let pdf: Buffer;

beforeAll(async () => {
  pdf = await renderAnnualReportPdf(withUnusualText());
}, 60_000);

describe('renderAnnualReportPdf: characters the font lacks', () => {
  it('shows no .notdef glyph (glyph 0) anywhere', () => {
    const ids = shownGlyphIds(pdf);
    expect(ids.length).toBeGreaterThan(1000);
    expect(ids.filter((id) => id === 0)).toEqual([]);
  });

  it('prints a visible marker where the emoji and the CJK characters were, and keeps the words around them', () => {
    const text = squash(withPdfFile(pdf, (file) => poppler('pdftotext', ['-raw', file, '-'])));
    expect(text).toContain(`Admissions fell ${EMOJI_MARKER} and we met the target ${EMOJI_MARKER}.`);
    expect(text).toContain(`The ${MISSING_MARKER}${MISSING_MARKER} survey is translated.`);
    expect(text).toContain(`Done ${MISSING_MARKER} with ${EMOJI_MARKER} staff.`);
    expect(text).toContain(`Close the gap ${EMOJI_MARKER} in screening`);
  });

  it('leaves text the font can draw exactly as it is, and every string it changes drawable', () => {
    const plain = 'Café – “quoted” • 50% ≥ 25% → Ωmega, Дата, naïve';
    expect(printableText(plain)).toBe(plain);
    expect(printableText('A\u200Bb\ufe0f\n\tc')).toBe('A\u200Bb\n\tc');
    const fonts = [create(loadReportFonts().regular), create(loadReportFonts().bold)];
    const strings = JSON.stringify(printableSnapshot(withUnusualText())).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const text of strings.map((quoted) => JSON.parse(quoted) as string)) {
      for (const font of fonts) expect(font.layout(text.replace(/[\n\r\t]/g, ' ')).glyphs.filter((glyph) => glyph.id === 0)).toEqual([]);
    }
  });
});
