import { documentSubject, documentTitle } from '../report-text';
import type { AnnualReportSnapshot } from '../snapshot';

// docProps/core.xml written by us rather than by the docx package, which has no option for the
// document language (dc:language) and stamps the current time as the created date. Ours says
// en-GB and uses the snapshot's generatedAt, like the PDF.

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

export function corePropertiesXml(snapshot: AnnualReportSnapshot): string {
  const when = new Date(Date.parse(snapshot.generatedAt)).toISOString();
  const element = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', documentTitle(snapshot)),
    element('dc:subject', documentSubject(snapshot)),
    element('dc:creator', 'Fairboard'),
    element('dc:description', documentSubject(snapshot)),
    element('dc:language', 'en-GB'),
    element('cp:lastModifiedBy', 'Fairboard'),
    element('cp:revision', '1'),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
