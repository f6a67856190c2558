import { create, type Font } from 'fontkit';
import type { AnnualReportSnapshot } from '../snapshot';
import { loadReportFonts } from './fonts';

// Arimo covers Latin, Greek and Cyrillic but has no emoji, no CJK and few symbols, and no font
// with them ships in our dependencies. A character the font lacks would print as an empty box
// (glyph 0, .notdef) and be lost to anyone reading the page. So, before drawing, every string of
// the snapshot is checked against both embedded fonts, one user-perceived character (grapheme) at a
// time, and each one they cannot draw is replaced by a visible, readable marker:
//   - an emoji (with its skin tone, variation selector or joined parts) becomes "[emoji]";
//   - any other character becomes U+FFFD, the replacement character, which Arimo has.
// Invisible format characters the font lacks (variation selectors, zero-width marks) are dropped.
// The stored snapshot keeps what was typed; only the PDF is affected (Word uses the reader's fonts).

export const EMOJI_MARKER = '[emoji]';
export const MISSING_MARKER = '\uFFFD';

const KEEP = new Set(['\n', '\r', '\t']);
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: it tests one code point at a time, never a combined sequence
const INVISIBLE = /^[\p{Cf}\p{Mn}\uFE00-\uFE0F]$/u;

let fonts: readonly Font[] | null = null;

function reportFonts(): readonly Font[] {
  if (!fonts) {
    const files = loadReportFonts();
    fonts = [create(files.regular), create(files.bold)];
  }
  return fonts;
}

function drawable(codePoint: number): boolean {
  return reportFonts().every((font) => font.hasGlyphForCodePoint(codePoint));
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The text with every character the embedded fonts cannot draw replaced by a visible marker. */
export function printableText(text: string): string {
  // Most text is plain: skip the segmenting when every character can be drawn.
  if ([...text].every((char) => KEEP.has(char) || drawable(char.codePointAt(0) ?? 0))) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    const missing = [...segment].filter((char) => !KEEP.has(char) && !drawable(char.codePointAt(0) ?? 0));
    if (missing.length === 0) out += segment;
    else if (EMOJI.test(segment)) out += EMOJI_MARKER;
    else if (missing.every((char) => INVISIBLE.test(char))) out += [...segment].filter((char) => !missing.includes(char)).join('');
    else out += MISSING_MARKER;
  }
  return out;
}

function printable<T>(value: T): T {
  if (typeof value === 'string') return printableText(value) as T;
  if (Array.isArray(value)) return value.map((item) => printable(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printable(item)])) as T;
  }
  return value;
}

/** A copy of the snapshot whose every string the PDF's fonts can draw. */
export function printableSnapshot(snapshot: AnnualReportSnapshot): AnnualReportSnapshot {
  return printable(snapshot);
}
