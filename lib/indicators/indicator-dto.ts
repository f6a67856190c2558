import type { TrustType } from '../db/generated/enums';
import type { NationalIndicator } from './national-set';

// What the indicator pages receive: the trust's catalogue and the history of its figures.

export type IndicatorDto = Readonly<
  Omit<NationalIndicator, 'trustTypes'> & {
    id: string;
    trustTypes: readonly TrustType[];
    origin: 'national' | 'local';
    nationalSetVersion: string | null;
    enabled: boolean;
    version: number;
  }
>;

export type UploadDto = Readonly<{
  id: string;
  source: string;
  fileName: string | null;
  rowCount: number;
  replacedCount: number;
  createdById: string | null;
  /** The person's name; null for a command-line job or the seed (the audit trail names the job). */
  createdByName: string | null;
  createdAt: Date;
}>;

export type FigureVersionDto = Readonly<{
  breakdown: string;
  group: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  uploadId: string;
  uploadedAt: Date;
  /** The batch that replaced it; null for the current figure. */
  supersededByUploadId: string | null;
}>;

export type ReplacedPeriodDto = Readonly<{ indicatorId: string; period: string; batches: number }>;
