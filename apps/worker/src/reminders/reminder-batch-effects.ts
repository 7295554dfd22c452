// The effects of a batch of claimed reminders, in the transaction that claimed them. Task reminders
// (the bulk: every task due on a day) are applied set-based — their tasks read in one query, the
// overdue thresholds written in one upsert, the notifications and deliveries in one statement; the
// other kinds (a referral, a right: a few a day) one by one with `applyReminder`.
import { REMINDER_THRESHOLDS as T } from '@recours/domain';
import { AGENT_ROLES, MANAGER_ROLES, taskReminders, type NotifyManyTarget, type OrganisationCalendar, type ReminderRow } from '@recours/reminders';
import { applyReminder, type ReminderEffect } from './reminder-effects';
import { notifyMany, organisationCalendar, taskStates, upsertReminders, type ClaimedReminder, type Db } from './reminders.repository';

const skipped = (why: string): ReminderEffect => ({ outcome: `sans objet : ${why}`, emailDeliveryIds: [] });

/** The same outcome as `taskDue` in reminder-effects.ts, for many tasks at once. */
async function taskDueBatch(db: Db, reminders: readonly ClaimedReminder[]): Promise<Map<string, ReminderEffect>> {
  const effects = new Map<string, ReminderEffect>();
  const tasks = await taskStates(db, reminders.map((r) => r.item_id));
  const calendars = new Map<string, OrganisationCalendar>();
  // The overdue threshold depends only on the organisation and the due date: computed once for each pair.
  const overdueAt = new Map<string, ReturnType<typeof taskReminders>>();
  const overdue: ReminderRow[] = [];
  const targets: (NotifyManyTarget & { outcome: string })[] = [];
  for (const r of reminders) {
    const task = tasks.get(r.item_id);
    if (!task) effects.set(r.id, skipped('tâche supprimée'));
    else if (task.status !== 'a_faire' && task.status !== 'en_cours') effects.set(r.id, skipped(`tâche ${task.status}`));
    else if (r.threshold === T.task_due.due) {
      let calendar = calendars.get(task.organisation_id);
      if (!calendar) calendars.set(task.organisation_id, (calendar = await organisationCalendar(db, task.organisation_id)));
      const key = `${task.organisation_id}|${task.due_on}`;
      let due = overdueAt.get(key);
      if (!due) overdueAt.set(key, (due = taskReminders(task.due_on, calendar.settings, calendar.calendar).filter((x) => x.threshold === T.task_due.overdue)));
      for (const x of due) overdue.push({ ...x, itemId: r.item_id, organisationId: task.organisation_id });
      const who = task.assignee_id
        ? { userId: task.assignee_id, organisationId: null, roles: [] }
        : { userId: null, organisationId: task.organisation_id, roles: AGENT_ROLES };
      targets.push({ kind: 'task_due', itemType: 'task', itemId: r.item_id, reminderId: r.id, ...who, outcome: 'échéance' });
    } else {
      targets.push({ kind: 'task_overdue', itemType: 'task', itemId: r.item_id, reminderId: r.id, userId: null, organisationId: task.organisation_id, roles: MANAGER_ROLES, outcome: 'retard' });
    }
  }
  await upsertReminders(db, overdue);
  const notified = await notifyMany(db, targets);
  for (const t of targets) {
    const n = notified.get(t.reminderId);
    const count = n?.notified ?? 0;
    effects.set(t.reminderId, { outcome: `${t.outcome} (${count} notification${count > 1 ? 's' : ''})`, emailDeliveryIds: n?.email_delivery_ids ?? [] });
  }
  return effects;
}

/** Each claimed reminder's effect, by reminder id. */
export async function applyReminders(db: Db, reminders: readonly ClaimedReminder[], now: Date): Promise<Map<string, ReminderEffect>> {
  const effects = await taskDueBatch(db, reminders.filter((r) => r.kind === 'task_due'));
  for (const r of reminders) if (r.kind !== 'task_due') effects.set(r.id, await applyReminder(db, r, now));
  return effects;
}
