/**
 * Turns submitted form data into a plain object for zod. Fields named in `arrays` become arrays
 * (checkboxes); NHS date inputs (`name-day`, `name-month`, `name-year`) become one `name` value in
 * ISO form, or the raw parts joined when they do not make a real date, so the schema can say so.
 * Uploaded files are kept only for the fields named in `files` (a file input), so the schema sees
 * the File itself; anywhere else a file is dropped like any other unexpected part.
 */
export function formDataToObject(formData: FormData, arrays: readonly string[] = [], files: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') {
      if (files.includes(key)) result[key] = value;
      continue;
    }
    if (arrays.includes(key)) {
      result[key] = [...((result[key] as string[] | undefined) ?? []), value];
    } else {
      result[key] = value;
    }
  }
  for (const key of arrays) result[key] ??= [];
  for (const key of Object.keys(result)) {
    const match = /^(.*)-day$/.exec(key);
    if (!match) continue;
    const name = match[1] ?? '';
    result[name] = joinDateParts(String(result[`${name}-day`] ?? ''), String(result[`${name}-month`] ?? ''), String(result[`${name}-year`] ?? ''));
  }
  return result;
}

export function joinDateParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return `invalid:${d}/${m}/${y}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A server action is a public endpoint: a hand-made request can send anything where the form should
 * be. Anything that is not a FormData is read as an empty form, so it fails validation like one.
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** The submitted values as strings, echoed back on an error so nothing typed is lost. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

/**
 * PostgreSQL text cannot hold the NUL character, which no keyboard types but a pasted or hand-made
 * request can carry. Naming the field here gives the person a clear message instead of a failed save.
 */
export function fieldsWithNullCharacters(values: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === 'string' && text.includes('\u0000'))) {
      errors[key] = ['This contains a hidden null character that cannot be saved: retype the text rather than pasting it'];
    }
  }
  return errors;
}
