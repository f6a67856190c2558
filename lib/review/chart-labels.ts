import { maturityRanges } from '../assessments/scoring';
import { maturityLabel } from '../assessments/maturity-labels';

export type EndLabel = Readonly<{ key: string; text: string; value: number }>;
export type PlacedLabel = EndLabel & Readonly<{ position: number }>;

/**
 * Places each line's end label at its value, then pushes labels apart until neighbours are at
 * least `gap` apart, staying within `min`..`max`. Two domains at 57% and 58% would otherwise
 * print on top of each other and neither could be read.
 */
export function spreadEndLabels(labels: readonly EndLabel[], gap: number, min = 0, max = 100): PlacedLabel[] {
  const sorted = [...labels].sort((a, b) => a.value - b.value || a.key.localeCompare(b.key));
  const positions = sorted.map((label) => Math.min(max, Math.max(min, label.value)));
  // Upward pass keeps the lowest label at its value; the downward pass fixes any that the
  // ceiling pushed back into a neighbour.
  for (let index = 1; index < positions.length; index += 1) positions[index] = Math.max(positions[index]!, positions[index - 1]! + gap);
  positions[positions.length - 1] = Math.min(positions[positions.length - 1] ?? max, max);
  for (let index = positions.length - 2; index >= 0; index -= 1) positions[index] = Math.min(positions[index]!, positions[index + 1]! - gap);
  return sorted.map((label, index) => ({ ...label, position: Math.max(min, positions[index]!) }));
}

export type MaturityBand = Readonly<{ label: string; from: number; to: number }>;

/** The maturity levels as bands of the 0–100% axis (not started is 0% alone, so it has no band). */
export function maturityBands(): MaturityBand[] {
  return maturityRanges()
    .filter((range) => range.maturity !== 'not-started')
    .map((range) => ({ label: maturityLabel(range.maturity), from: range.min <= 1 ? 0 : range.min, to: Math.min(100, range.max + 1) }));
}
