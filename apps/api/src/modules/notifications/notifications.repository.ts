// SQL of the bell, the preferences and the organisation's delays. Every statement takes the user
// (or the organisation) from the actor: a notification of someone else matches no row.
import { Injectable } from '@nestjs/common';
import type { NotificationItemType, NotificationKind, NotificationMode, ReminderKind, ReminderSettings } from '@recours/domain';
import { ORGANISATION_CALENDAR_SQL, organisationCalendarFromRow, type OrganisationCalendar } from '@recours/reminders';
import type { EntityManager } from 'typeorm';
import type { ListQuery } from '../../common/http/list-query';
import type { FailedReminderFilter, NotificationFilter } from './notifications.service';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  item_type: NotificationItemType;
  item_id: string;
  created_at: Date;
  read_at: Date | null;
}

export interface FailedReminderRow {
  id: string;
  kind: ReminderKind;
  item_id: string;
  threshold: number;
  due_at: Date;
  done_at: Date | null;
  attempts: number;
  fire_rounds: number;
  outcome: string | null;
}

@Injectable()
export class NotificationsRepository {
  /** The organisation's reminders left `failed` (every round of their fire job exhausted its attempts). */
  async listFailed(em: EntityManager, organisationId: string, q: ListQuery<FailedReminderFilter>): Promise<{ total: number; rows: FailedReminderRow[] }> {
    const params: unknown[] = [organisationId];
    let where = `r.organisation_id = $1 AND r.state = 'failed'`;
    if (q.filter.id) {
      params.push(q.filter.id);
      where += ` AND r.id = ANY($${params.length}::uuid[])`;
    }
    if (q.filter.kind) {
      params.push(q.filter.kind);
      where += ` AND r.kind = $${params.length}::reminder_kind`;
    }
    const [{ total }]: { total: number }[] = await em.query(`SELECT count(*)::int AS total FROM reminder r WHERE ${where}`, params);
    const rows: FailedReminderRow[] = await em.query(
      `SELECT r.id, r.kind, r.item_id, r.threshold, r.due_at, r.done_at, r.attempts, r.fire_rounds, r.outcome FROM reminder r WHERE ${where}
       ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, r.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      params,
    );
    return { total, rows };
  }

  async list(em: EntityManager, userId: string, q: ListQuery<NotificationFilter>): Promise<{ total: number; rows: NotificationRow[] }> {
    const unread = q.filter.unread === true;
    const where = `n.user_id = $1 ${unread ? 'AND n.read_at IS NULL' : ''}`;
    const [{ total }]: { total: number }[] = await em.query(`SELECT count(*)::int AS total FROM notification n WHERE ${where}`, [userId]);
    const rows: NotificationRow[] = await em.query(
      `SELECT n.id, n.kind, n.item_type, n.item_id, n.created_at, n.read_at FROM notification n WHERE ${where}
       ORDER BY ${q.sort.sql} ${q.sort.order}, n.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      [userId],
    );
    return { total, rows };
  }

  async find(em: EntityManager, userId: string, id: string): Promise<NotificationRow | undefined> {
    const [row]: NotificationRow[] = await em.query(
      `SELECT id, kind, item_type, item_id, created_at, read_at FROM notification WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    return row;
  }

  async unreadCount(em: EntityManager, userId: string): Promise<number> {
    const [row]: { count: number }[] = await em.query(`SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return row.count;
  }

  /** Marks the user's notifications read: the given ids, or all of them. */
  async markRead(em: EntityManager, userId: string, ids: readonly string[] | 'all'): Promise<number> {
    const [, count]: [unknown, number] = await em.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL ${ids === 'all' ? '' : 'AND id = ANY($2::uuid[])'}`,
      ids === 'all' ? [userId] : [userId, [...ids]],
    );
    return count;
  }

  async preferences(em: EntityManager, userId: string): Promise<Map<NotificationKind, NotificationMode>> {
    const rows: { kind: NotificationKind; mode: NotificationMode }[] = await em.query(`SELECT kind, mode FROM notification_preference WHERE user_id = $1`, [userId]);
    return new Map(rows.map((r) => [r.kind, r.mode]));
  }

  async savePreferences(em: EntityManager, userId: string, prefs: readonly { kind: NotificationKind; mode: NotificationMode }[]): Promise<void> {
    await em.query(
      `INSERT INTO notification_preference (user_id, kind, mode)
       SELECT $1, * FROM unnest($2::notification_kind[], $3::notification_mode[])
       ON CONFLICT (user_id, kind) DO UPDATE SET mode = EXCLUDED.mode`,
      [userId, prefs.map((p) => p.kind), prefs.map((p) => p.mode)],
    );
  }

  async settings(em: EntityManager, organisationId: string): Promise<OrganisationCalendar> {
    const [row] = await em.query(ORGANISATION_CALENDAR_SQL, [organisationId]);
    return organisationCalendarFromRow(row);
  }

  async saveSettings(em: EntityManager, organisationId: string, userId: string, s: ReminderSettings): Promise<void> {
    await em.query(
      `INSERT INTO reminder_settings (organisation_id, referral_reminder_working_days, referral_escalation_working_days, referral_expiry_days,
         task_overdue_working_days, right_no_news_days, renewal_lead_days, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organisation_id) DO UPDATE SET referral_reminder_working_days = $2, referral_escalation_working_days = $3,
         referral_expiry_days = $4, task_overdue_working_days = $5, right_no_news_days = $6, renewal_lead_days = $7, updated_by = $8, updated_at = now()`,
      [organisationId, s.referralReminderWorkingDays, s.referralEscalationWorkingDays, s.referralExpiryDays, s.taskOverdueWorkingDays, s.rightNoNewsDays, s.renewalLeadDays, userId],
    );
  }
}
