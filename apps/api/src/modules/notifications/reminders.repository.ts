// SQL of the reminder rows the API writes in the transaction of the change that makes them due.
import { Injectable } from '@nestjs/common';
import type { ReminderKind } from '@recours/domain';
import {
  DECLARATION_RIGHTS_SQL,
  declarationRightsParams,
  NOTIFY_SQL,
  notifyParams,
  ORGANISATION_CALENDAR_SQL,
  organisationCalendarFromRow,
  SKIP_ITEM_REMINDERS_SQL,
  SKIP_REMINDERS_SQL,
  skipRemindersParams,
  UPSERT_REARM_REMINDERS_SQL,
  UPSERT_REMINDERS_SQL,
  upsertRemindersParams,
  type NotifyResult,
  type DeclarationRightRow,
  type NotifyTarget,
  type OrganisationCalendar,
  type ReminderRow,
} from '@recours/reminders';
import type { EntityManager } from 'typeorm';

@Injectable()
export class RemindersRepository {
  async calendar(em: EntityManager, organisationId: string): Promise<OrganisationCalendar> {
    const [row] = await em.query(ORGANISATION_CALENDAR_SQL, [organisationId]);
    return organisationCalendarFromRow(row);
  }

  async upsert(em: EntityManager, rows: readonly ReminderRow[]): Promise<void> {
    if (rows.length) await em.query(UPSERT_REMINDERS_SQL, upsertRemindersParams(rows));
  }

  /** Upsert that also re-arms a skipped row on the same date (help with the declarations asked again). */
  async upsertRearm(em: EntityManager, rows: readonly ReminderRow[]): Promise<void> {
    if (rows.length) await em.query(UPSERT_REARM_REMINDERS_SQL, upsertRemindersParams(rows));
  }

  async skipAll(em: EntityManager, kind: ReminderKind, itemIds: readonly string[], why: string): Promise<void> {
    if (itemIds.length) await em.query(SKIP_ITEM_REMINDERS_SQL, [kind, [...itemIds], why]);
  }

  /** The granted RSA / prime d'activité (of a household, or one right) whose declarations the referent helps with (none when the household did not ask). */
  async declarationRights(em: EntityManager, of: { householdId: string } | { rightId: string }): Promise<DeclarationRightRow[]> {
    return em.query(DECLARATION_RIGHTS_SQL, declarationRightsParams(of));
  }

  /** Every right of the household (their declaration reminders stop when help is withdrawn). */
  async householdRightIds(em: EntityManager, householdId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM detected_right WHERE household_id = $1`, [householdId]);
    return rows.map((r) => r.id);
  }

  /**
   * The reminders about a household's rights (news of a claim, a renewal, the quarterly
   * declarations): every pending one skipped with `why`, or every one skipped with `why` pending again.
   */
  async setHouseholdRightsReminders(em: EntityManager, householdId: string, action: 'skip' | 'rearm', why: string): Promise<void> {
    const rights = `kind IN ('right_no_news', 'right_renewal', 'right_declaration') AND item_id IN (SELECT id FROM detected_right WHERE household_id = $1)`;
    if (action === 'skip') await em.query(`UPDATE reminder SET state = 'skipped', done_at = now(), outcome = $2 WHERE ${rights} AND state = 'pending'`, [householdId, why]);
    else await em.query(`UPDATE reminder SET state = 'pending', done_at = NULL, outcome = NULL WHERE ${rights} AND state = 'skipped' AND outcome = $2`, [householdId, why]);
  }

  async skip(em: EntityManager, kind: ReminderKind, itemIds: readonly string[], thresholds: readonly number[], why: string): Promise<void> {
    await em.query(SKIP_REMINDERS_SQL, skipRemindersParams(kind, itemIds, thresholds, why));
  }

  async notify(em: EntityManager, target: NotifyTarget): Promise<NotifyResult> {
    const [row] = await em.query(NOTIFY_SQL, notifyParams(target));
    return row as NotifyResult;
  }
}
