import type { SmartCompleteness } from '@/lib/objectives/smart-completeness';

type Props = Readonly<{ smart: SmartCompleteness; headingLevel?: 2 | 3 }>;

/** Which SMART parts (and the owner) are complete, and what each missing one still needs. */
export function SmartChecklist({ smart, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const complete = smart.parts.filter((part) => part.complete).length;
  return (
    <div className="nhsuk-inset-text" id="smart-check">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <Heading className="nhsuk-heading-s">Is it SMART yet?</Heading>
      <p>
        {complete} of {smart.parts.length} parts complete.
        {smart.complete ? ' It can be agreed.' : ' It can be saved as a draft now and agreed once every part is complete.'}
      </p>
      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
        {smart.parts.map((part) => (
          <li key={part.part}>
            {part.complete ? (
              <>
                <strong className="nhsuk-tag nhsuk-tag--green">Complete</strong> {part.label}
              </>
            ) : (
              <>
                <strong className="nhsuk-tag nhsuk-tag--orange">Missing</strong> {part.label}:{' '}
                {part.missing.map((item) => item.message.charAt(0).toLowerCase() + item.message.slice(1)).join('; ')}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
