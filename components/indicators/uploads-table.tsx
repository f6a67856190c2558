import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format/dates';
import type { UploadDto } from '@/lib/indicators/indicator-dto';

const SOURCE_LABELS: Record<string, string> = { upload: 'Uploaded file', hand: 'Entered by hand', cli: 'Command-line import', seed: 'Demo data' };

/** Every batch of figures that came in, newest first: who, when, which file, how many rows and how many it replaced. */
export function UploadsTable({ uploads }: Readonly<{ uploads: readonly UploadDto[] }>) {
  return (
    <Table
      caption="Uploads and hand entries, newest first"
      captionSize="hidden"
      id="uploads"
      columns={[
        { header: 'When' },
        { header: 'Who' },
        { header: 'How' },
        { header: 'File' },
        { header: 'Figures', numeric: true },
        { header: 'Replaced', numeric: true },
      ]}
      rows={uploads.map((upload) => ({
        key: upload.id,
        cells: [
          formatDateTime(upload.createdAt),
          upload.createdByName ?? (upload.createdById ? 'Someone who has left the trust' : 'A system job'),
          SOURCE_LABELS[upload.source] ?? upload.source,
          upload.fileName ?? '–',
          upload.rowCount.toLocaleString('en-GB'),
          upload.replacedCount.toLocaleString('en-GB'),
        ],
      }))}
    />
  );
}
