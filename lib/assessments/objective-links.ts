import type { DomainNumber } from '../catalogue/domains';

// Data read from the guide's own self-assessment tool. Keys are question refs,
// values are catalogue objective refs.

// Each question's related objectives, which are the pool suggestions are
// drawn from for that question's domain. The tool also links a draft 5.10 to
// question 3.8; it is not in the published guide, so it is not in our
// catalogue and is dropped here.
export const QUESTION_OBJECTIVE_LINKS: Readonly<Record<string, readonly string[]>> = {
  '1.1': ['2.2', '2.3', '3.5', '3.8'],
  '1.2': ['3.3', '4.10', '5.1', '5.2', '5.7', '8.4'],
  '1.3': ['10.1', '10.2'],
  '1.4': ['4.7', '5.6', '9.5', '10.6'],
  '2.1': ['8.3', '9.2', '9.3'],
  '2.2': ['3.9', '3.10', '3.11', '4.3', '9.1', '9.4'],
  '2.3': ['9.6', '9.7', '9.8', '10.4'],
  '2.4': ['10.3', '10.5', '10.10'],
  '2.5': ['9.9', '10.11'],
  '2.6': ['8.2', '10.9'],
  '2.7': ['3.12', '8.8'],
  '3.1': ['1.1', '3.2', '4.4', '6.1', '6.2'],
  '3.2': ['3.4'],
  '3.3': ['1.2', '3.6'],
  '3.4': ['4.1', '4.2', '4.6', '8.1'],
  '3.5': ['2.1', '3.1', '4.5'],
  '3.6': ['4.9', '4.13', '8.9'],
  '3.7': ['7.1', '7.2', '7.3'],
  '3.8': ['5.8', '5.9'],
  '3.9': ['8.7', '10.7', '10.8'],
  '4.1': ['3.7', '4.8'],
  '4.2': ['4.11', '6.4', '6.5', '7.4', '7.5'],
  '4.3': ['5.3', '5.4', '5.5'],
  '4.4': ['6.3', '8.5', '8.6'],
  '4.5': ['4.12'],
};

// A "yes" to one of these questions means the trust already does what these
// objectives ask, so suggesting them would be noise. Questions not listed
// remove nothing, and "partial" or "no" never removes anything.
export const REMOVE_IF_YES: Readonly<Record<string, readonly string[]>> = {
  '1.1': ['2.2', '3.5'],
  '1.2': ['5.1'],
  '1.3': ['10.1'],
  '1.4': ['4.7'],
  '2.2': ['3.9'],
  '2.7': ['8.8'],
  '3.1': ['3.2', '6.1'],
  '3.2': ['3.4'],
  '3.3': ['1.2'],
  '3.4': ['4.1'],
  '3.5': ['3.1', '4.5'],
  '3.8': ['5.8', '5.9'],
  '3.9': ['10.8'],
  '4.1': ['3.7'],
  '4.2': ['6.4'],
  '4.3': ['5.3'],
};

// What a domain with no progress at all is pointed to: the guide's priority
// building blocks, plus 9.8 for system partnerships.
export const NOT_STARTED_MINIMUM_SETS: Readonly<Record<DomainNumber, readonly string[]>> = {
  1: ['3.5', '4.7'],
  2: ['3.9', '9.3'],
  3: ['3.4', '6.1'],
  4: ['9.8'],
};

// NHS England requires a named board lead, so domain 3 keeps pointing at
// objective 3.4 until question 3.2 is answered yes, whatever the maturity.
export const EXECUTIVE_LEAD_QUESTION_REF = '3.2';
export const EXECUTIVE_LEAD_OBJECTIVE_REF = '3.4';
