// SQL of the reminder rows the API writes in the transaction of the change that makes them due.
import { Injectable } from '@nestjs/common';
import type { ReminderKind } from '@recours/domain';
import {
  NOTIFY_SQL,
  notifyParams,
  ORGANISATION_CALENDAR_SQL,
  organisationCalendarFromRow,
  SKIP_REMINDERS_SQL,
  skipRemindersParams,
  UPSERT_REMINDERS_SQL,
  upsertRemindersParams,
  type NotifyResult,
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

  async skip(em: EntityManager, kind: ReminderKind, itemIds: readonly string[], thresholds: readonly number[], why: string): Promise<void> {
    await em.query(SKIP_REMINDERS_SQL, skipRemindersParams(kind, itemIds, thresholds, why));
  }

  async notify(em: EntityManager, target: NotifyTarget): Promise<NotifyResult> {
    const [row] = await em.query(NOTIFY_SQL, notifyParams(target));
    return row as NotifyResult;
  }
}
