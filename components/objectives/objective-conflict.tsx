import { formatDate } from '@/lib/format/dates';
import type { ObjectiveFieldsDto } from '@/lib/objectives/objective-dto';
import { BREAKDOWN_LABELS, MEASURE_DIRECTION_LABELS } from '@/lib/objectives/smart-completeness';
import { dateFromIso } from '@/lib/calendar/calendar-dates';
import type { ObjectiveConflictDto } from './objective-form-state';
import { Table } from '@/components/ui/table';

type Field = keyof ObjectiveFieldsDto;

const FIELD_LABELS: Readonly<Record<Field, string>> = {
  title: 'Title',
  description: 'What will be done',
  measure: 'Measure',
  baseline: 'Baseline',
  target: 'Target',
  unit: 'Unit',
  breakdowns: 'Breakdowns',
  breakdownOther: 'Other breakdown',
  direction: 'Which way is better',
  countsPeople: 'Counts patients or local people',
  resources: 'Resources',
  dependencies: 'Dependencies',
  catalogueRefs: 'Guide objectives',
  questionRefs: 'Assessment questions',
  domains: 'Domains',
  startDate: 'Start date',
  dueDate: 'Due date',
  supportingLeadId: 'Supporting lead',
  committee: 'Committee',
};

const FIELDS = Object.keys(FIELD_LABELS) as Field[];

function show(fields: ObjectiveFieldsDto, field: Field, names: Readonly<Record<string, string>>): string {
  switch (field) {
    case 'startDate':
    case 'dueDate': {
      const value = fields[field];
      return value ? formatDate(dateFromIso(value)) : 'Not set';
    }
    case 'supportingLeadId': {
      const id = fields.supportingLeadId;
      return id ? (names[id] ?? 'Someone no longer listed') : 'None';
    }
    case 'breakdowns':
      return fields.breakdowns.map((breakdown) => BREAKDOWN_LABELS[breakdown]).join(', ') || 'None';
    case 'direction':
      return fields.direction ? MEASURE_DIRECTION_LABELS[fields.direction] : 'Not given';
    case 'countsPeople':
      return fields.countsPeople === null ? 'Not given' : fields.countsPeople ? 'Yes' : 'No';
    case 'baseline':
    case 'target':
      return fields[field] === null ? 'Not set' : String(fields[field]);
    case 'catalogueRefs':
    case 'questionRefs':
    case 'domains':
      return fields[field].join(', ') || 'None';
    default:
      return fields[field] || 'Not given';
  }
}

type Props = Readonly<{ conflict: ObjectiveConflictDto; memberNames: Readonly<Record<string, string>>; reloadHref: string }>;

/** Both versions of a stale edit, side by side, for the fields that differ. */
export function ObjectiveConflict({ conflict, memberNames, reloadHref }: Props) {
  const differing = FIELDS.filter((field) => show(conflict.saved, field, memberNames) !== show(conflict.attempted, field, memberNames));
  return (
    <section id="conflict" aria-labelledby="conflict-heading" tabIndex={-1} className="nhsuk-u-margin-bottom-6">
      <h2 id="conflict-heading">Compare the two versions</h2>
      {differing.length === 0 ? (
        <p>The fields on this form are the same in both versions: someone else changed the owner or agreed the objective.</p>
      ) : (
        <Table
          caption={<>The fields that differ</>}
          captionSize="s"
          columns={[{ header: 'Field' }, { header: 'Saved by someone else' }, { header: 'Yours, not saved yet' }]}
          rowHeaders="bold"
          rows={differing.map((field) => ({
            key: field,
            cells: [FIELD_LABELS[field], show(conflict.saved, field, memberNames), show(conflict.attempted, field, memberNames)],
          }))}
        />
      )}
      <p>Your version is still in the form below. To replace the saved version with yours, check the form and save it again.</p>
      <p>
        <a href={reloadHref}>Discard your changes and start again from the saved version</a>
      </p>
    </section>
  );
}
