import { ErrorSummaryBox, ErrorSummaryLinks } from '@/components/forms/error-summary-box';

type Option = Readonly<{ value: string; label: string }>;

type Props = Readonly<{ id: string; name: string; label: string; hint?: string; options: readonly Option[]; value: string; error?: string }>;

/** An NHS select for GET forms rendered on the server (no state to keep: the URL holds the choice). */
export function YearSelect({ id, name, label, hint, options, value, error }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <select className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`} id={id} name={name} defaultValue={value} aria-describedby={describedBy}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type PageError = Readonly<{ fieldId: string; message: string }>;

/**
 * The NHS error summary for a page whose form is a GET form: rendered on the server, it takes
 * focus when the page loads with it, as the summary of a form that saves in place does.
 */
export function PageErrorSummary({ errors }: Readonly<{ errors: readonly PageError[] }>) {
  if (errors.length === 0) return null;
  return (
    <ErrorSummaryBox>
      <ErrorSummaryLinks errors={errors} />
    </ErrorSummaryBox>
  );
}

/** Field errors from a zod result or an AppError, as summary entries in field order. */
export function pageErrors(fieldErrors: Readonly<Record<string, readonly string[] | undefined>>, order: readonly string[], fallback?: string): PageError[] {
  const listed = order.flatMap((field) => (fieldErrors[field]?.[0] ? [{ fieldId: field, message: fieldErrors[field][0] }] : []));
  return listed.length > 0 || !fallback ? listed : [{ fieldId: 'main-content', message: fallback }];
}
