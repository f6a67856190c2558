import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Reads a generated PDF back two independent ways: with pdf.js (the text, the metadata and the
// structure tree with each element's text) and with Debian's poppler-utils (pdfinfo, pdftotext,
// pdffonts, pdfimages), so a test is not just checking pdfkit against itself.

export type StructNode = { role: string; alt?: string; text: string; children: StructNode[] };

export type ReadPdf = {
  pageCount: number;
  title: string | undefined;
  language: string | undefined;
  marked: boolean;
  /** Text of each page, in content order, one string per page. */
  pageTexts: string[];
  /** The structure tree of each page (pdf.js gives it per page), with text filled in. */
  structTrees: StructNode[];
};

type RawNode = { role?: string; alt?: string; type?: string; id?: string; children?: RawNode[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toRawNode(value: unknown): RawNode {
  if (!isRecord(value)) return {};
  return {
    role: typeof value.role === 'string' ? value.role : undefined,
    alt: typeof value.alt === 'string' ? value.alt : undefined,
    type: typeof value.type === 'string' ? value.type : undefined,
    id: typeof value.id === 'string' ? value.id : undefined,
    children: Array.isArray(value.children) ? value.children.map(toRawNode) : undefined,
  };
}

function withText(node: RawNode, textById: ReadonlyMap<string, string>): StructNode {
  const children: StructNode[] = [];
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'content' && child.id) {
      text += textById.get(child.id) ?? '';
    } else if (child.role) {
      const built = withText(child, textById);
      children.push(built);
      text += built.text;
    }
  }
  return { role: node.role ?? 'Root', alt: node.alt, text, children };
}

export async function readPdf(buffer: Buffer): Promise<ReadPdf> {
  const document = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const { info } = await document.getMetadata();
    const infoRecord = isRecord(info) ? info : {};
    const markInfo = await document.getMarkInfo();
    const pageTexts: string[] = [];
    const structTrees: StructNode[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const textById = new Map<string, string>();
      const open: (string | null)[] = [];
      let pageText = '';
      for (const item of content.items) {
        if ('str' in item) {
          pageText += item.str + (item.hasEOL ? '\n' : '');
          const id = open.findLast((entry) => entry !== null);
          if (id) textById.set(id, (textById.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
        } else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          open.push(item.id ?? null);
        } else if (item.type === 'endMarkedContent') {
          open.pop();
        }
      }
      pageTexts.push(pageText);
      structTrees.push(withText(toRawNode(await page.getStructTree()), textById));
    }
    return {
      pageCount: document.numPages,
      title: typeof infoRecord.Title === 'string' ? infoRecord.Title : undefined,
      language: typeof infoRecord.Language === 'string' ? infoRecord.Language : undefined,
      marked: markInfo?.Marked === true,
      pageTexts,
      structTrees,
    };
  } finally {
    await document.destroy();
  }
}

/** Every node of the given role, depth first, across all pages. */
export function findRoles(trees: readonly StructNode[], role: string): StructNode[] {
  const found: StructNode[] = [];
  const visit = (node: StructNode): void => {
    if (node.role === role) found.push(node);
    node.children.forEach(visit);
  };
  trees.forEach(visit);
  return found;
}

/** Collapses runs of white space, for comparing text that wrapped over several lines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs poppler-utils tools on a temporary copy of the PDF. */
export function withPdfFile<T>(buffer: Buffer, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairboard-pdf-'));
  const file = path.join(dir, 'report.pdf');
  try {
    writeFileSync(file, buffer);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts' | 'pdfimages', args: readonly string[]): string {
  return execFileSync(tool, [...args], { encoding: 'utf8' });
}
