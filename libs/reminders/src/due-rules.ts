// When each reminder falls due, from the organisation's delays and calendar. Pure functions: the API
// (and the worker, for the rows it creates) store their results in `reminder.due_at`. Every reminder
// fires at 08:00 Paris time, the start of the working day, on the date the rule gives.
import { REMINDER_THRESHOLDS as T, type ReminderKind, type ReminderSettings } from '@recours/domain';
import { addCalendarDays, addWorkingDays, parisDate, parisTime, type CalendarOptions } from './working-days';

export const REMINDER_HOUR = 8;

export type DueReminder = Readonly<{ kind: ReminderKind; threshold: number; dueAt: Date }>;

const at = (date: string) => parisTime(date, REMINDER_HOUR);

/**
 * A referral sent: reminder to the recipient's agents after N working days, escalation to its managers
 * (and a notice to the sender) after M working days, expiry after D calendar days, all counted from
 * the day it was sent.
 */
export function referralReminders(sentAt: Date, s: ReminderSettings, cal: CalendarOptions): DueReminder[] {
  const sent = parisDate(sentAt);
  return [
    { kind: 'referral_unanswered', threshold: T.referral_unanswered.reminder, dueAt: at(addWorkingDays(sent, s.referralReminderWorkingDays, cal)) },
    { kind: 'referral_unanswered', threshold: T.referral_unanswered.escalation, dueAt: at(addWorkingDays(sent, s.referralEscalationWorkingDays, cal)) },
    { kind: 'referral_unanswered', threshold: T.referral_unanswered.expiry, dueAt: at(addCalendarDays(sent, s.referralExpiryDays)) },
  ];
}

/** A task: its assignee on the due date, the assignee's managers N working days after it. */
export function taskReminders(dueOn: string, s: ReminderSettings, cal: CalendarOptions): DueReminder[] {
  return [
    { kind: 'task_due', threshold: T.task_due.due, dueAt: at(dueOn) },
    { kind: 'task_due', threshold: T.task_due.overdue, dueAt: at(addWorkingDays(dueOn, s.taskOverdueWorkingDays, cal)) },
  ];
}

/** A claim filed (`demande_deposee`) with no news after N days: a task "relancer l'organisme". */
export function rightNoNewsReminder(filedOn: string, s: ReminderSettings): DueReminder {
  return { kind: 'right_no_news', threshold: T.right_no_news.follow_up, dueAt: at(addCalendarDays(filedOn, s.rightNoNewsDays)) };
}

/** Benefits whose grant ends and must be asked again: the CSS is granted for 12 months. */
const RENEWAL_MONTHS: Readonly<Partial<Record<string, number>>> = { css: 12 };

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * A granted right that ends: the renewal date, and the reminder N days before it that creates the
 * renewal task. Null for benefits that do not need renewing.
 */
export function renewalReminder(benefit: string, grantedFrom: string, s: ReminderSettings): (DueReminder & { renewalOn: string }) | null {
  const months = RENEWAL_MONTHS[benefit];
  if (!months) return null;
  const renewalOn = addMonths(grantedFrom, months);
  return { kind: 'right_renewal', threshold: T.right_renewal.renewal, dueAt: at(addCalendarDays(renewalOn, -s.renewalLeadDays)), renewalOn };
}

/** Benefits whose household declares its resources every quarter (déclaration trimestrielle de ressources). */
export const QUARTERLY_DECLARATION_BENEFITS: readonly string[] = ['rsa', 'prime_activite'];

/** The referent's task is created this many days before a declaration's date, to gather the payslips with the household. */
export const DECLARATION_LEAD_DAYS = 7;

/**
 * The date of the n-th quarterly declaration (n ≥ 1) of an RSA or prime d'activité granted from
 * `grantedFrom`. The right opens in the month of the claim (M, the month of `grantedFrom`); the
 * household then declares the resources of the three previous months every quarter, in months M+3,
 * M+6, M+9… — the CAF (or MSA) opens the declaration on the 1st of that month and the next payment
 * waits for it. Its date is therefore the 1st of month M+3n: a claim in January is declared on
 * 1 April, 1 July, 1 October, 1 January.
 */
export function declarationDate(grantedFrom: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`declaration number must be a positive integer: ${n}`);
  return addMonths(`${grantedFrom.slice(0, 7)}-01`, 3 * n);
}

/**
 * The next declaration to remind, and its reminder DECLARATION_LEAD_DAYS before it: the first one
 * after declaration number `after` whose date is not past on `today` (a right granted late, or a
 * worker that was down, does not get reminders of declarations already gone). Its threshold is the
 * declaration's number, so each declaration has one row and fires once. Null for other benefits.
 */
export function nextDeclarationReminder(
  benefit: string,
  grantedFrom: string,
  today: string,
  after = 0,
): (DueReminder & { declarationOn: string }) | null {
  if (!QUARTERLY_DECLARATION_BENEFITS.includes(benefit)) return null;
  let n = Math.max(after, 0) + 1;
  while (declarationDate(grantedFrom, n) < today) n += 1;
  const declarationOn = declarationDate(grantedFrom, n);
  return { kind: 'right_declaration', threshold: n, dueAt: at(addCalendarDays(declarationOn, -DECLARATION_LEAD_DAYS)), declarationOn };
}
