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

/** Who did something: their id and display name (null once their account has gone), or null for nobody (a command-line job). */
export type PersonDto = Readonly<{ id: string; name: string | null }> | null;

/** The person behind a user id on a row, named from the map lib/tenancy/display-names.ts reads. */
export function personOf(names: ReadonlyMap<string, string>, id: string | null | undefined): PersonDto {
  return id ? { id, name: names.get(id) ?? null } : null;
}
