import { formatDate } from '../format/dates';
import { daysBetween, dateFromIso } from '../calendar/calendar-dates';
import { isClosedStatus, statusLabel, type ObjectiveStatus } from '../objectives/status';

// Pure: which objectives need chasing today, and the e-mails that say so. The job in
// run-reminders.ts reads the rows and writes the messages; everything decided is decided here.

/** An update is due when the owner has said nothing for this long. */
const UPDATE_INTERVAL_DAYS = 30;
/** ...and always while the due date is this close. */
const DUE_SOON_DAYS = 14;

export const OWNER_REMINDER_KIND = 'objective-reminder';
export const LEAD_DIGEST_KIND = 'objective-digest';
export type ReminderKind = typeof OWNER_REMINDER_KIND | typeof LEAD_DIGEST_KIND;

export type ReminderReason = 'acceptance-due' | 'overdue' | 'due-soon' | 'update-due';

export const REMINDER_REASON_LABELS: Readonly<Record<ReminderReason, string>> = {
  'acceptance-due': 'Agreed by the board and waiting for the owner to accept it or ask for a change',
  overdue: 'Overdue',
  'due-soon': `Due within ${DUE_SOON_DAYS} days`,
  'update-due': `No progress update for ${UPDATE_INTERVAL_DAYS} days`,
};

export type ReminderObjective = Readonly<{
  id: string;
  title: string;
  currentStatus: ObjectiveStatus;
  /** Calendar dates as "YYYY-MM-DD". */
  startDate: string | null;
  dueDate: string | null;
  /** The UK date it was agreed on; reminders are only for agreed objectives. */
  agreedOn: string;
  /** The date of its latest progress update, if any. */
  lastUpdateOn: string | null;
  /** The owner's answer; 'pending' until they accept it or ask for a change. Absent reads as accepted. */
  acceptance?: 'pending' | 'accepted' | 'change_requested' | null;
  owner: Readonly<{ id: string; name: string; email: string | null }>;
}>;

type FlaggedObjective = Readonly<{ objective: ReminderObjective; reasons: readonly ReminderReason[] }>;

/**
 * Why the objective needs its owner's attention today ("YYYY-MM-DD"), most urgent first; empty
 * when it does not. Closed objectives and those not started yet are left alone. Silence is
 * measured from the latest update, or from agreement when there has been none.
 */
export function reminderReasons(objective: ReminderObjective, today: string): ReminderReason[] {
  if (isClosedStatus(objective.currentStatus)) return [];
  const reasons: ReminderReason[] = objective.acceptance === 'pending' ? ['acceptance-due'] : [];
  if (objective.dueDate !== null) {
    const daysLeft = daysBetween(today, objective.dueDate);
    if (daysLeft < 0) reasons.push('overdue');
    else if (daysLeft <= DUE_SOON_DAYS) reasons.push('due-soon');
  }
  const started = objective.startDate === null || objective.startDate <= today;
  const lastHeard = objective.lastUpdateOn ?? objective.agreedOn;
  if (started && daysBetween(lastHeard, today) >= UPDATE_INTERVAL_DAYS) reasons.push('update-due');
  return reasons;
}

export type OwnerReminderPlan = Readonly<{ ownerId: string; ownerName: string; email: string; items: readonly FlaggedObjective[] }>;

export type TrustReminderPlan = Readonly<{
  flagged: readonly FlaggedObjective[];
  /** One per owner with an e-mail address. */
  ownerReminders: readonly OwnerReminderPlan[];
  /** Owners with something due who cannot be e-mailed (no account, or left); the digest names them. */
  ownersWithoutEmail: readonly Readonly<{ ownerId: string; ownerName: string }>[];
}>;

const URGENCY: Readonly<Record<ReminderReason, number>> = { 'acceptance-due': 0, overdue: 0, 'due-soon': 1, 'update-due': 2 };

function byUrgency(a: FlaggedObjective, b: FlaggedObjective): number {
  const first = (item: FlaggedObjective) => Math.min(...item.reasons.map((reason) => URGENCY[reason]));
  return (
    first(a) - first(b) ||
    (a.objective.dueDate ?? '9999').localeCompare(b.objective.dueDate ?? '9999') ||
    a.objective.title.localeCompare(b.objective.title, 'en-GB')
  );
}

export function planTrustReminders(objectives: readonly ReminderObjective[], today: string): TrustReminderPlan {
  const flagged = objectives
    .map((objective) => ({ objective, reasons: reminderReasons(objective, today) }))
    .filter((item) => item.reasons.length > 0)
    .sort(byUrgency);
  const byOwner = new Map<string, FlaggedObjective[]>();
  for (const item of flagged) byOwner.set(item.objective.owner.id, [...(byOwner.get(item.objective.owner.id) ?? []), item]);
  const ownerReminders: OwnerReminderPlan[] = [];
  const ownersWithoutEmail: { ownerId: string; ownerName: string }[] = [];
  for (const [ownerId, items] of byOwner) {
    const owner = items[0]?.objective.owner;
    if (!owner) continue;
    if (owner.email) ownerReminders.push({ ownerId, ownerName: owner.name, email: owner.email.toLowerCase(), items });
    else ownersWithoutEmail.push({ ownerId, ownerName: owner.name });
  }
  return { flagged, ownerReminders, ownersWithoutEmail };
}

/** `${kind}:${recipient}:${yyyy-mm-dd}`: the same reminder for the same day is one row, ever. */
export function dedupeKey(kind: ReminderKind, recipient: string, today: string): string {
  return `${kind}:${recipient.toLowerCase()}:${today}`;
}

export type MailContent = Readonly<{ subject: string; text: string }>;

function describe(item: FlaggedObjective): string {
  const { objective, reasons } = item;
  const due = objective.dueDate ? `due ${formatDate(dateFromIso(objective.dueDate))}` : 'no due date';
  const lastUpdate = objective.lastUpdateOn ? `last update ${formatDate(dateFromIso(objective.lastUpdateOn))}` : 'no updates yet';
  return `- ${objective.title}\n  ${reasons.map((reason) => REMINDER_REASON_LABELS[reason]).join('; ')} (${statusLabel(objective.currentStatus).toLowerCase()}, ${due}, ${lastUpdate})`;
}

/** What the owner is asked for: to accept, to update, or both. */
function ownerAsk(plan: OwnerReminderPlan): string {
  const accept = plan.items.some((item) => item.reasons.includes('acceptance-due'));
  const update = plan.items.some((item) => item.reasons.some((reason) => reason !== 'acceptance-due'));
  if (accept && update) return 'your acceptance or a progress update';
  return accept ? 'your acceptance' : 'a progress update';
}

export function ownerReminderMail(trustName: string, plan: OwnerReminderPlan, today: string, objectivesUrl: string): MailContent {
  const count = plan.items.length;
  const ask = ownerAsk(plan);
  return {
    subject: `${trustName}: ${count === 1 ? 'an objective needs' : `${count} objectives need`} ${ask}`,
    text: [
      `Dear ${plan.ownerName},`,
      '',
      `As at ${formatDate(dateFromIso(today))}, ${count === 1 ? 'this health inequalities objective you own needs' : 'these health inequalities objectives you own need'} ${ask}:`,
      '',
      ...plan.items.map(describe),
      '',
      `${ask === 'a progress update' ? 'Record progress' : 'Accept each objective or ask for a change, and record progress,'} in Fairboard: ${objectivesUrl}`,
      '',
      'You are receiving this because you are the named owner. The executive lead for health inequalities receives a summary.',
    ].join('\n'),
  };
}

export function leadDigestMail(trustName: string, plan: TrustReminderPlan, today: string, objectivesUrl: string): MailContent {
  const overdue = plan.flagged.filter((item) => item.reasons.includes('overdue')).length;
  const lines = plan.flagged.map((item) => `${describe(item)}\n  Owner: ${item.objective.owner.name}`);
  return {
    subject: `${trustName}: ${plan.flagged.length} ${plan.flagged.length === 1 ? 'objective needs' : 'objectives need'} attention${overdue > 0 ? ` (${overdue} overdue)` : ''}`,
    text: [
      'Health inequalities objectives: digest for the executive lead',
      `${trustName}, ${formatDate(dateFromIso(today))}`,
      '',
      ...lines,
      ...(plan.ownersWithoutEmail.length > 0
        ? [
            '',
            `These owners were not e-mailed, because they have no Fairboard account or are no longer on the board: ${plan.ownersWithoutEmail.map((owner) => owner.ownerName).join(', ')}.`,
          ]
        : []),
      '',
      `See the board overview: ${objectivesUrl}`,
    ].join('\n'),
  };
}
