// Pure: how a board member is named wherever the app or a report shows one, so every page, e-mail
// and export writes "Helen Marsh, Chief People Officer" the same way.

type NamedPerson = Readonly<{ name: string; jobTitle: string }>;

type NameOptions = Readonly<{
  /**
   * Say just "Helen Marsh" when no job title is recorded (blank or spaces), rather than
   * "Helen Marsh, ". The suggestion wording and the objective owner labels ask for it; the
   * board-facing tables and report lines have always printed the comma.
   */
  omitBlankJobTitle?: boolean;
}>;

/** "Helen Marsh, Chief People Officer". */
export function nameWithJobTitle(person: NamedPerson, options: NameOptions = {}): string {
  if (options.omitBlankJobTitle && person.jobTitle.trim() === '') return person.name;
  return `${person.name}, ${person.jobTitle}`;
}
