import { describe, expect, it } from 'vitest';
import { mainCommittee } from '../../../lib/trusts/main-committee';

describe('the committee hint in the governance settings', () => {
  it('picks the committee most objectives name, ties alphabetically, ignoring blanks', () => {
    expect(mainCommittee(['Quality', ' Audit ', 'Audit', '', 'Quality'])).toBe('Audit');
    expect(mainCommittee(['', '  '])).toBeNull();
  });
});
