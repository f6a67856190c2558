import type { DemoTrustKey } from './accounts';

/**
 * Three approved past years per demo trust, written as one letter per question in question-bank
 * order (1.1–1.4, 2.1–2.7, 3.1–3.9, 4.1–4.5): y = yes, p = partial, n = no. Each trust improves
 * year on year in its own way, and a couple of answers slip back, as real boards' do.
 */
export const DEMO_ASSESSMENT_ANSWERS: Readonly<Record<DemoTrustKey, Readonly<Record<number, string>>>> = {
  northfield: {
    2023: 'pnpn' + 'pnnnpnn' + 'pynnpnnnp' + 'pnnnp',
    2024: 'yppn' + 'ppnnppn' + 'pyppppnpp' + 'ppnpp',
    2025: 'yypp' + 'yppnypp' + 'yyypypppy' + 'yppyn',
  },
  southmoor: {
    2023: 'nnnn' + 'nnnnpnn' + 'nynnnnnnn' + 'ppnpp',
    2024: 'pnnn' + 'pnnnppn' + 'pyppnnnpp' + 'ypppy',
    2025: 'ppnp' + 'ppnnypp' + 'pyypppnyp' + 'yypyy',
  },
};

const NOTES = {
  y: 'In place across the trust and reported to the board; see the annual health inequalities report.',
  p: 'Started in some services or as a one-off; not yet part of how the whole trust works.',
  n: 'Not started yet; on the executive lead’s plan for next year.',
} as const;

export function demoAnswerValue(letter: string): 'yes' | 'partial' | 'no' {
  if (letter === 'y') return 'yes';
  if (letter === 'p') return 'partial';
  return 'no';
}

export function demoEvidenceNote(letter: string): string {
  return NOTES[letter as keyof typeof NOTES] ?? NOTES.n;
}
