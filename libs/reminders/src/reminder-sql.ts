// SQL shared by the API and the worker, which both write reminder rows in the transaction of the
// change that makes them due (a referral sent, a task created, a right moved…).
import { DEFAULT_REMINDER_SETTINGS, type ReminderKind, type ReminderSettings } from '@recours/domain';
import { QUARTERLY_DECLARATION_BENEFITS, type DueReminder } from './due-rules';
import { isAlsaceMoselle, type CalendarOptions } from './working-days';

export type ReminderRow = DueReminder & Readonly<{ itemId: string; organisationId: string }>;

/**
 * Inserts the rows, or re-arms an existing one whose date changed (a task moved to another day is
 * reminded again on its new date). A row whose date did not change is left as it is, even if done.
 */
export const UPSERT_REMINDERS_SQL = `
  INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at)
  SELECT * FROM unnest($1::reminder_kind[], $2::uuid[], $3::smallint[], $4::uuid[], $5::timestamptz[])
  ON CONFLICT (kind, item_id, threshold) DO UPDATE
    SET due_at = EXCLUDED.due_at, organisation_id = EXCLUDED.organisation_id, state = 'pending', attempts = 0, done_at = NULL, outcome = NULL
    WHERE reminder.due_at IS DISTINCT FROM EXCLUDED.due_at`;

/**
 * The same, and a `skipped` row is armed again even on the same date: the quarterly declaration
 * reminders of a right whose household withdrew, then asked again for, help with its declarations.
 */
export const UPSERT_REARM_REMINDERS_SQL = UPSERT_REMINDERS_SQL.replace(
  'WHERE reminder.due_at IS DISTINCT FROM EXCLUDED.due_at',
  "WHERE reminder.due_at IS DISTINCT FROM EXCLUDED.due_at OR reminder.state = 'skipped'",
);

export function upsertRemindersParams(rows: readonly ReminderRow[]): unknown[] {
  return [rows.map((r) => r.kind), rows.map((r) => r.itemId), rows.map((r) => r.threshold), rows.map((r) => r.organisationId), rows.map((r) => r.dueAt.toISOString())];
}

/** The pending reminders of an item that no longer apply (a task done, a referral answered). */
export const SKIP_REMINDERS_SQL = `
  UPDATE reminder SET state = 'skipped', done_at = now(), outcome = $4
  WHERE kind = $1::reminder_kind AND item_id = ANY($2::uuid[]) AND threshold = ANY($3::smallint[]) AND state = 'pending'`;

export function skipRemindersParams(kind: ReminderKind, itemIds: readonly string[], thresholds: readonly number[], why: string): unknown[] {
  return [kind, [...itemIds], [...thresholds], why];
}

/** Every pending reminder of a kind for these items, whatever its threshold (the quarterly declarations of a right). */
export const SKIP_ITEM_REMINDERS_SQL = `
  UPDATE reminder SET state = 'skipped', done_at = now(), outcome = $3
  WHERE kind = $1::reminder_kind AND item_id = ANY($2::uuid[]) AND state = 'pending'`;

/**
 * The granted rights whose quarterly declarations the referent helps with — of a household ($1), or
 * one right ($2): RSA or prime d'activité, `accorde` with a grant date, the household having asked for help.
 */
export const DECLARATION_RIGHTS_SQL = `
  SELECT r.id, r.benefit, r.organisation_id, to_char(r.granted_from, 'YYYY-MM-DD') AS granted_from
  FROM detected_right r JOIN household h ON h.id = r.household_id
  WHERE ($1::uuid IS NULL OR r.household_id = $1::uuid) AND ($2::uuid IS NULL OR r.id = $2::uuid)
    AND h.declaration_help_requested AND r.status = 'accorde'
    AND r.benefit::text = ANY($3::text[]) AND r.granted_from IS NOT NULL`;

export function declarationRightsParams(of: { householdId: string } | { rightId: string }): unknown[] {
  return ['householdId' in of ? of.householdId : null, 'rightId' in of ? of.rightId : null, [...QUARTERLY_DECLARATION_BENEFITS]];
}

export type DeclarationRightRow = { id: string; benefit: string; organisation_id: string; granted_from: string };

/** An organisation's delays (defaults when it never changed them) and whether it is in Alsace-Moselle. */
export const ORGANISATION_CALENDAR_SQL = `
  SELECT t.code AS departement, to_jsonb(rs) AS settings
  FROM organisation o JOIN territory t ON t.id = o.territory_id
  LEFT JOIN reminder_settings rs ON rs.organisation_id = o.id
  WHERE o.id = $1`;

export type OrganisationCalendar = Readonly<{ settings: ReminderSettings; calendar: CalendarOptions }>;

const SETTING_COLUMNS: Readonly<Record<keyof ReminderSettings, string>> = {
  referralReminderWorkingDays: 'referral_reminder_working_days',
  referralEscalationWorkingDays: 'referral_escalation_working_days',
  referralExpiryDays: 'referral_expiry_days',
  taskOverdueWorkingDays: 'task_overdue_working_days',
  rightNoNewsDays: 'right_no_news_days',
  renewalLeadDays: 'renewal_lead_days',
};

export function organisationCalendarFromRow(row: { departement: string; settings: Record<string, number> | null } | undefined): OrganisationCalendar {
  const settings = { ...DEFAULT_REMINDER_SETTINGS };
  if (row?.settings) for (const [key, column] of Object.entries(SETTING_COLUMNS)) settings[key as keyof ReminderSettings] = Number(row.settings[column]);
  return { settings, calendar: { alsaceMoselle: isAlsaceMoselle(row?.departement) } };
}
