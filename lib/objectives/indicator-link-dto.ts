import type { IndicatorUnit } from '../db/generated/enums';
import type { BaselineAndLatest, FigureChoice } from './indicator-link';

// What the objective form and pages receive about a measure linked to an indicator.

/** An indicator the form offers, with every figure its data holds and that figure's periods. */
export type IndicatorLinkChoice = Readonly<{ id: string; code: string; name: string; unit: IndicatorUnit; figures: readonly FigureChoice[] }>;

export type LinkedFiguresDto = Readonly<{ code: string; name: string; unit: IndicatorUnit; figureLabel: string } & BaselineAndLatest>;
