/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, fields are separated by commas,
 * and quoted fields may hold commas, quotes (doubled) and line breaks. Throws on anything else, so
 * a round trip through it proves the writer produced well-formed CSV.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const atEnd = () => index >= text.length;
  while (!atEnd()) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (atEnd()) throw new Error('unterminated quoted field');
        const char = text[index];
        if (char === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += char;
        index += 1;
      }
    } else {
      while (!atEnd() && text[index] !== ',' && text[index] !== '\r' && text[index] !== '\n') {
        if (text[index] === '"') throw new Error(`bare quote in an unquoted field at ${index}`);
        field += text[index];
        index += 1;
      }
    }
    record.push(field);
    if (text[index] === ',') {
      index += 1;
      continue;
    }
    if (text.startsWith('\r\n', index)) {
      index += 2;
      records.push(record);
      record = [];
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${index}`);
  }
  if (record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}
