/**
 * What a person had typed into the page's forms when their session ended, kept in this tab's
 * sessionStorage (gone when the tab closes) so the same form can be filled in again after they sign
 * in. Hidden fields are never kept: the page supplies fresh ones (a record's version, for example,
 * so a stale save is still caught). Passwords and files are never kept.
 */
type KeptField = Readonly<{ form: number; name: string; index: number; value: string; checked?: boolean }>;
type Draft = Readonly<{ userId: string; fields: readonly KeptField[] }>;

// Whose typing this tab holds: set by the idle warning, which every signed-in page has.
let draftOwner: string | null = null;

export function setDraftOwner(userId: string): void {
  draftOwner = userId;
}

const SKIPPED_TYPES = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image']);

function draftKey(location: Pick<Location, 'pathname' | 'search'>): string {
  return `fairboard:draft:${location.pathname}${location.search}`;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function fieldsOf(form: HTMLFormElement): Field[] {
  return [...form.elements].filter((element): element is Field => {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) return false;
    return element.name !== '' && !SKIPPED_TYPES.has(element.type);
  });
}

function isChoice(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
}

function mainForms(): HTMLFormElement[] {
  return [...document.querySelectorAll<HTMLFormElement>('main form')];
}

/** Keeps the page's form fields for their owner; returns whether there was anything to keep. */
export function saveFormDrafts(userId = draftOwner): boolean {
  if (!userId) return false;
  const fields = mainForms().flatMap((form, formIndex) => {
    const seen = new Map<string, number>();
    return fieldsOf(form).map((field) => {
      const index = seen.get(field.name) ?? 0;
      seen.set(field.name, index + 1);
      return { form: formIndex, name: field.name, index, value: field.value, ...(isChoice(field) ? { checked: field.checked } : {}) };
    });
  });
  const typed = fields.some((field) => field.checked ?? field.value !== '');
  if (typed) sessionStorage.setItem(draftKey(window.location), JSON.stringify({ userId, fields } satisfies Draft));
  return typed;
}

/** Sets a field's value the way typing would, so React and the design system's scripts see it. */
function setValue(field: Field, value: string): void {
  const prototype = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Puts back a draft kept for this page and this person, then forgets it. Returns false when there
 * was none (or it was someone else's, which is dropped unread).
 */
export function restoreFormDraft(userId: string): boolean {
  const key = draftKey(window.location);
  const stored = sessionStorage.getItem(key);
  if (!stored) return false;
  sessionStorage.removeItem(key);
  let draft: Draft;
  try {
    draft = JSON.parse(stored) as Draft;
  } catch {
    return false;
  }
  if (draft.userId !== userId) return false;
  const forms = mainForms();
  for (const kept of draft.fields) {
    const form = forms[kept.form];
    if (!form) continue;
    const named = fieldsOf(form).filter((field) => field.name === kept.name);
    const field = named.find(
      (candidate) => (isChoice(candidate) ? candidate.value === kept.value : true) && (isChoice(candidate) || named.indexOf(candidate) === kept.index),
    );
    if (!field) continue;
    if (isChoice(field)) {
      if (field.checked !== kept.checked) field.click();
    } else if (field.value !== kept.value) setValue(field, kept.value);
  }
  return true;
}
