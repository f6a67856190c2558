import type { FileChild, Paragraph } from 'docx';
import type { IndicatorsContent, ReportIndicatorChart } from '../../indicators/report-content';
import { indicatorsBlocks } from '../indicator-tables';
import { heading, paragraph, spacer, table, SECONDARY_TEXT } from './blocks';

// "The statement's indicators" in Word: the same blocks as the PDF, each indicator's figures and
// gap measures as native Word tables (header row marked, so Word repeats it and screen readers
// read it), and its chart as a picture with alternative text (docx/indicator-chart-image.ts).

export function indicatorsChildren(content: IndicatorsContent, financialYear: string, pictures: ReadonlyMap<ReportIndicatorChart, Paragraph>): FileChild[] {
  return indicatorsBlocks(content, financialYear).flatMap((block): FileChild[] => {
    switch (block.kind) {
      case 'paragraph':
        return [paragraph(block.text, block.secondary ? { colour: SECONDARY_TEXT } : {})];
      case 'heading':
        return [heading(3, block.text)];
      case 'chart': {
        const picture = pictures.get(block.chart);
        return picture ? [picture] : [];
      }
      case 'table':
        return [table(block.table.columns, block.table.rows, { firstColumnBold: true }), spacer()];
    }
  });
}
