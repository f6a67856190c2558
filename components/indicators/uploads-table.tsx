import { ScrollTable } from '@/components/layout/scroll-table';
import { formatDateTime } from '@/lib/format/dates';
import type { UploadDto } from '@/lib/indicators/indicator-dto';

const SOURCE_LABELS: Record<string, string> = { upload: 'Uploaded file', hand: 'Entered by hand', cli: 'Command-line import', seed: 'Demo data' };

/** Every batch of figures that came in, newest first: who, when, which file, how many rows and how many it replaced. */
export function UploadsTable({ uploads }: Readonly<{ uploads: readonly UploadDto[] }>) {
  return (
    <ScrollTable caption="Uploads and hand entries, newest first" captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden" id="uploads">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {['When', 'Who', 'How', 'File', 'Figures', 'Replaced'].map((heading) => (
            <th
              key={heading}
              scope="col"
              className={`nhsuk-table__header${heading === 'Figures' || heading === 'Replaced' ? ' nhsuk-table__header--numeric' : ''}`}
            >
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {uploads.map((upload) => (
          <tr key={upload.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">{formatDateTime(upload.createdAt)}</td>
            <td className="nhsuk-table__cell">{upload.createdByName ?? (upload.createdById ? 'Someone who has left the trust' : 'A system job')}</td>
            <td className="nhsuk-table__cell">{SOURCE_LABELS[upload.source] ?? upload.source}</td>
            <td className="nhsuk-table__cell">{upload.fileName ?? '–'}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{upload.rowCount.toLocaleString('en-GB')}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{upload.replacedCount.toLocaleString('en-GB')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
