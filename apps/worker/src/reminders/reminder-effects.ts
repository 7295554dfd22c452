// What each reminder does when it fires, on the client of the transaction that claimed it. Each
// checks the item first: a referral answered, a task done or a right that moved on is skipped.
import { LABELS, REMINDER_THRESHOLDS as T, type DetectableBenefit } from '@recours/domain';
import {
  AGENT_ROLES,
  declarationDate,
  MANAGER_ROLES,
  nextDeclarationReminder,
  parisDate,
  taskReminders,
  type NotifyManyTarget,
  type NotifyTarget,
  type OrganisationCalendar,
  type ReminderRow,
} from '@recours/reminders';
import {
  expireReferral,
  insertTask,
  lockReferral,
  notify,
  notifyMany,
  organisationCalendar,
  rightState,
  taskStates,
  upsertRearmReminders,
  upsertReminders,
  type ClaimedReminder,
  type Db,
} from './reminders.repository';

export type ReminderEffect = { outcome: string; emailDeliveryIds: string[] };

const skipped = (why: string): ReminderEffect => ({ outcome: `sans objet : ${why}`, emailDeliveryIds: [] });

async function notifyAll(db: Db, targets: NotifyTarget[], outcome: string): Promise<ReminderEffect> {
  const emailDeliveryIds: string[] = [];
  let notified = 0;
  for (const t of targets) {
    const r = await notify(db, t);
    notified += r.notified;
    emailDeliveryIds.push(...r.email_delivery_ids);
  }
  return { outcome: `${outcome} (${notified} notification${notified > 1 ? 's' : ''})`, emailDeliveryIds };
}

/** The sender who wrote the referral, or its organisation's managers when that account is gone. */
const senderTarget = (ref: { sender_user_id: string | null; sender_organisation_id: string }) =>
  ref.sender_user_id ? { userIds: [ref.sender_user_id] } : { organisationId: ref.sender_organisation_id, roles: MANAGER_ROLES };

async function referralUnanswered(db: Db, r: ClaimedReminder, now: Date): Promise<ReminderEffect> {
  const ref = await lockReferral(db, r.item_id);
  if (!ref) return skipped('orientation supprimée');
  const item = { itemType: 'referral' as const, itemId: r.item_id, reminderId: r.id };
  if (r.threshold === T.referral_unanswered.reminder || r.threshold === T.referral_unanswered.escalation) {
    if (ref.status !== 'envoyee') return skipped(`orientation ${ref.status}`);
    if (r.threshold === T.referral_unanswered.reminder)
      return notifyAll(db, [{ ...item, kind: 'referral_reminder', organisationId: ref.recipient_organisation_id, roles: AGENT_ROLES }], 'relance');
    return notifyAll(
      db,
      [
        { ...item, kind: 'referral_escalation', organisationId: ref.recipient_organisation_id, roles: MANAGER_ROLES },
        { ...item, kind: 'referral_no_answer', ...senderTarget(ref) },
      ],
      'escalade',
    );
  }
  const { settings } = await organisationCalendar(db, r.organisation_id);
  if (!(await expireReferral(db, r.item_id, settings.referralExpiryDays, now))) return skipped(`orientation ${ref.status}`);
  const taskId = await insertTask(db, {
    householdId: ref.household_id,
    organisationId: ref.sender_organisation_id,
    title: 'Orientation expirée sans réponse : proposer une autre solution au foyer',
    detectedRightId: null,
    assigneeId: ref.sender_user_id,
    dueOn: parisDate(now),
  });
  const effect = await notifyAll(db, [{ ...item, kind: 'referral_expired', ...senderTarget(ref) }], 'expirée');
  return { ...effect, outcome: `${effect.outcome}, tâche ${taskId}` };
}

/**
 * Task reminders, set-based (the bulk: every task due on a day, fired in batches): the tasks read in one
 * query, the overdue thresholds written in one upsert (computed once per organisation and due date, on
 * its working-day calendar), the notifications and deliveries in one statement.
 */
async function tasksDue(db: Db, reminders: readonly ClaimedReminder[]): Promise<Map<string, ReminderEffect>> {
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

async function rightTask(db: Db, r: ClaimedReminder, now: Date): Promise<ReminderEffect> {
  const right = await rightState(db, r.item_id);
  if (!right) return skipped('droit supprimé');
  if (right.household_status === 'closed') return skipped('foyer clos');
  const followUp = r.kind === 'right_no_news';
  const expected = followUp ? 'demande_deposee' : 'accorde';
  if (right.status !== expected) return skipped(`droit ${right.status}`);
  const benefit = LABELS.benefit[right.benefit as DetectableBenefit] ?? right.benefit;
  const today = parisDate(now);
  const title = followUp
    ? `Relancer l’organisme : demande de ${benefit} déposée, sans nouvelles`
    : `Préparer le renouvellement : ${benefit}`;
  const taskId = await insertTask(db, {
    householdId: right.household_id,
    organisationId: right.organisation_id,
    title,
    detectedRightId: r.item_id,
    assigneeId: right.referent_id,
    dueOn: today,
  });
  const who = right.referent_id ? { userIds: [right.referent_id] } : { organisationId: right.organisation_id, roles: AGENT_ROLES };
  return notifyAll(db, [{ kind: followUp ? 'right_follow_up' : 'right_renewal', itemType: 'task', itemId: taskId, reminderId: r.id, ...who }], `tâche ${taskId}`);
}

const frenchDate = (date: string) => date.split('-').reverse().join('/');

/**
 * A quarterly declaration of a granted RSA / prime d'activité whose household asked for help: a task
 * for the referent, due on the declaration date, and the next declaration's reminder written in the
 * same transaction (so the chain goes on exactly once per quarter, whatever the retries).
 */
async function rightDeclaration(db: Db, r: ClaimedReminder, now: Date): Promise<ReminderEffect> {
  const right = await rightState(db, r.item_id);
  if (!right) return skipped('droit supprimé');
  if (right.household_status === 'closed') return skipped('foyer clos');
  if (right.status !== 'accorde') return skipped(`droit ${right.status}`);
  if (!right.declaration_help_requested) return skipped('aide aux déclarations retirée');
  if (!right.granted_from) return skipped('date d’ouverture inconnue');
  const today = parisDate(now);
  const next = nextDeclarationReminder(right.benefit, right.granted_from, today, r.threshold);
  if (!next) return skipped(`pas de déclaration trimestrielle pour ${right.benefit}`);
  await upsertRearmReminders(db, [{ kind: next.kind, threshold: next.threshold, dueAt: next.dueAt, itemId: r.item_id, organisationId: right.organisation_id }]);
  const declarationOn = declarationDate(right.granted_from, r.threshold);
  const benefit = LABELS.benefit[right.benefit as DetectableBenefit] ?? right.benefit;
  const taskId = await insertTask(db, {
    householdId: right.household_id,
    organisationId: right.organisation_id,
    title: `Déclaration trimestrielle ${benefit} à faire avec le foyer (à partir du ${frenchDate(declarationOn)})`,
    detectedRightId: r.item_id,
    assigneeId: right.referent_id,
    dueOn: declarationOn < today ? today : declarationOn,
  });
  const who = right.referent_id ? { userIds: [right.referent_id] } : { organisationId: right.organisation_id, roles: AGENT_ROLES };
  const effect = await notifyAll(db, [{ kind: 'right_declaration', itemType: 'task', itemId: taskId, reminderId: r.id, ...who }], `tâche ${taskId}`);
  return { ...effect, outcome: `${effect.outcome}, prochaine déclaration le ${frenchDate(next.declarationOn)}` };
}

export async function applyReminder(db: Db, r: ClaimedReminder, now: Date): Promise<ReminderEffect> {
  switch (r.kind) {
    case 'referral_unanswered':
      return referralUnanswered(db, r, now);
    case 'task_due':
      return (await tasksDue(db, [r])).get(r.id)!;
    case 'right_no_news':
    case 'right_renewal':
      return rightTask(db, r, now);
    case 'right_declaration':
      return rightDeclaration(db, r, now);
  }
}

/** Each claimed reminder's effect, by reminder id: task reminders together, the others (a few a day) one by one. */
export async function applyReminders(db: Db, reminders: readonly ClaimedReminder[], now: Date): Promise<Map<string, ReminderEffect>> {
  const effects = await tasksDue(db, reminders.filter((r) => r.kind === 'task_due'));
  for (const r of reminders) if (r.kind !== 'task_due') effects.set(r.id, await applyReminder(db, r, now));
  return effects;
}
