import { describe, expect, it } from 'vitest';
import { maturityBands, spreadEndLabels } from '@/lib/review/chart-labels';

describe('spreadEndLabels', () => {
  it('leaves labels that are already far apart at their values', () => {
    const placed = spreadEndLabels(
      [
        { key: 'a', text: 'A', value: 20 },
        { key: 'b', text: 'B', value: 70 },
      ],
      6,
    );
    expect(placed.map((label) => [label.key, label.position])).toEqual([
      ['a', 20],
      ['b', 70],
    ]);
  });

  it('pushes two close values apart so both labels can be read', () => {
    const placed = spreadEndLabels(
      [
        { key: 'a', text: 'A', value: 58 },
        { key: 'b', text: 'B', value: 57 },
      ],
      6,
    );
    expect(placed.map((label) => [label.key, label.position])).toEqual([
      ['b', 57],
      ['a', 63],
    ]);
  });

  it('keeps labels inside the axis when values sit at the top', () => {
    const placed = spreadEndLabels(
      [100, 100, 99, 98].map((value, index) => ({ key: `d${index}`, text: '', value })),
      6,
    );
    const positions = placed.map((label) => label.position);
    expect(Math.max(...positions)).toBe(100);
    for (let index = 1; index < positions.length; index += 1) expect(positions[index]! - positions[index - 1]!).toBeGreaterThanOrEqual(6);
  });
});

describe('maturityBands', () => {
  it("covers the axis with the four levels above not started, at the scoring rules' boundaries", () => {
    expect(maturityBands()).toEqual([
      { label: 'Emerging', from: 0, to: 25 },
      { label: 'Developing', from: 25, to: 50 },
      { label: 'Maturing', from: 50, to: 75 },
      { label: 'Thriving', from: 75, to: 100 },
    ]);
  });
});
