// The small part of fontkit (pdfkit's font engine, v2) the report code uses; it ships no types.
declare module 'fontkit' {
  export type GlyphRun = {
    glyphs: readonly { id: number; path: { toSVG(): string } }[];
    positions: readonly { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
    advanceWidth: number;
  };
  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Buffer | Uint8Array): Font;
}
