import type { FileChild } from 'docx';
import type { IndicatorsContent } from '../indicators-content';
import { indicatorsBlocks } from '../indicator-tables';
import { heading, paragraph, spacer, table, SECONDARY_TEXT } from './blocks';

// "The statement's indicators" in Word: the same blocks as the PDF, each indicator's figures and
// gap measures as native Word tables (header row marked, so Word repeats it and screen readers
// read it). The PDF's chart is left out here: its numbers are all in the table that follows it,
// and the annual-report editor can chart them in their own template.

export function indicatorsChildren(content: IndicatorsContent, financialYear: string): FileChild[] {
  return indicatorsBlocks(content, financialYear).flatMap((block): FileChild[] => {
    switch (block.kind) {
      case 'paragraph':
        return [paragraph(block.text, block.secondary ? { colour: SECONDARY_TEXT } : {})];
      case 'heading':
        return [heading(3, block.text)];
      case 'chart':
        return [];
      case 'table':
        return [table(block.table.columns, block.table.rows, { firstColumnBold: true }), spacer()];
    }
  });
}
