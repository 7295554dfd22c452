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
