// Pure: what the upload and hand-entry pages say after a check or a save.

/** The most problems one answer lists; a file with thousands of bad rows would otherwise send them all. */
const MAX_LISTED_PROBLEMS = 100;

/** The problems to list, with a last line saying how many more there are. */
export function listedProblems(lines: readonly string[], max = MAX_LISTED_PROBLEMS): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `And ${lines.length - max} more problems: correct these first, then upload the file again to see the rest.`];
}

const figures = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'figure' : 'figures'}`;

/** "Imported 120 figures from q1.csv. They replaced 118 earlier figures, which are kept in the upload history." */
export function figuresSavedMessage(saved: { imported: number; replaced: number }, fileName: string | null): string {
  const what = `${fileName ? 'Imported' : 'Saved'} ${figures(saved.imported)}${fileName ? ` from ${fileName}` : ''}.`;
  if (saved.replaced === 0) return `${what} No earlier figures were replaced.`;
  return `${what} They replaced ${figures(saved.replaced)} saved before, which ${saved.replaced === 1 ? 'is' : 'are'} kept in the upload history.`;
}
