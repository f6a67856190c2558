import { unzipSync, zipSync, type Zippable } from 'fflate';

// The docx package zips its parts with the current time as each entry's modified time, so the
// same document packed a second later has different bytes. We repack the same parts with a
// fixed time, so the same snapshot always gives the same .docx, as it does the same PDF, and a
// file's hash identifies its content. [Content_Types].xml goes first, as Word itself writes it.

// ZIP stores local date and time; 1 January 1980 (the earliest ZIP date), built from local
// parts, reads back the same in every server time zone.
const FIXED_ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);
const CONTENT_TYPES = '[Content_Types].xml';

export function repackDeterministically(zip: Uint8Array): Buffer {
  const entries = unzipSync(zip);
  const names = Object.keys(entries).sort((a, b) => {
    if (a === CONTENT_TYPES) return -1;
    if (b === CONTENT_TYPES) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const files: Zippable = {};
  for (const name of names) {
    const data = entries[name];
    if (data) files[name] = [data, { mtime: FIXED_ZIP_TIME }];
  }
  return Buffer.from(zipSync(files, { level: 6, mtime: FIXED_ZIP_TIME }));
}
