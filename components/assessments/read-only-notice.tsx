/** Said plainly to board members whose role lets them read the assessment but never change it. */
export function ReadOnlyNotice() {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>You can read this assessment but not change it.</p>
    </div>
  );
}
