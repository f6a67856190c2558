type Option = Readonly<{ value: string; label: string; hint?: string }>;

type Props = Readonly<{ name: string; legend: string; options: readonly Option[]; value: string; error?: string }>;

/** NHS radios for GET forms rendered on the server. The first radio's id is the field's name, so the error summary can link to it. */
export function RadioGroup({ name, legend, options, value, error }: Props) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {error ? (
          <span className="nhsuk-error-message" id={`${name}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div key={option.value} className="nhsuk-radios__item">
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={value === option.value}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
