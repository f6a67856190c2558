import type { BoardPaperCover } from './board-paper-cover';
import type { NarrativeSection } from './narrative-sections';
import type { ExportFormat, NarrativeStatus } from './schemas';
import type { ReportSectionId, ReportStatus, ReportVariant } from './snapshot';

// What the report pages receive: the years, the narratives with their drafts, and the export records.

export type ReportYearDto = Readonly<{ financialYear: number; label: string; status: ReportStatus }>;

export type NarrativeSummaryDto = NarrativeSection &
  Readonly<{
    financialYear: number;
    body: string;
    /** 0 while nothing has been saved. */
    version: number;
    isWritten: boolean;
    status: NarrativeStatus;
    /** Set only while approved. */
    approvedAt: Date | null;
    approvedByName: string | null;
    updatedAt: Date | null;
    /** Null when nobody has saved it, or the person has left the trust. */
    updatedByName: string | null;
  }>;

type NarrativeRevisionDto = Readonly<{
  version: number;
  body: string;
  source: 'edit' | 'reuse';
  reusedFromYear: number | null;
  createdAt: Date;
  createdByName: string | null;
}>;

export type NarrativeDto = NarrativeSummaryDto &
  Readonly<{
    /** Newest first. */
    revisions: readonly NarrativeRevisionDto[];
    /** The year before's latest text, when there is any to reuse. */
    lastYear: Readonly<{ financialYear: number; body: string }> | null;
  }>;

export type ExportStatus = 'pending' | 'complete' | 'failed';

export type ExportSummaryDto = Readonly<{
  id: string;
  financialYear: number;
  financialYearLabel: string;
  format: ExportFormat;
  formatLabel: string;
  variant: ReportVariant;
  variantLabel: string;
  sections: readonly ReportSectionId[];
  sectionHeadings: readonly string[];
  /** A board paper's cover details as exported; null for the annual-report section. */
  cover: BoardPaperCover | null;
  /** Whether the year's assessment was approved when it was exported. */
  reportStatus: ReportStatus;
  status: ExportStatus;
  fileName: string;
  sha256: string | null;
  byteLength: number | null;
  failureReason: string | null;
  createdAt: Date;
  completedAt: Date | null;
  /** Null when made by a command-line job or by someone who has since left the trust. */
  createdByName: string | null;
  madeByCommandLine: boolean;
}>;

export type ExportFileDto = Readonly<{ fileName: string; contentType: string; content: Uint8Array; sha256: string; byteLength: number }>;
