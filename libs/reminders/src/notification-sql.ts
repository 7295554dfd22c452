// Notifications and their deliveries, written in one statement: the users to notify, one notification
// each (once per reminder, whatever the retries), and a delivery row per the user's preference.
import { DEFAULT_NOTIFICATION_MODE, type NotificationItemType, type NotificationKind, type UserRole } from '@recours/domain';

export type NotifyTarget = Readonly<{
  kind: NotificationKind;
  itemType: NotificationItemType;
  itemId: string;
  /** The reminder that fires it: a retry finds the notifications already there and adds none. */
  reminderId: string | null;
  /** These users, if active… */
  userIds?: readonly string[];
  /** …and/or the active users of this organisation with one of these roles. */
  organisationId?: string | null;
  roles?: readonly UserRole[];
}>;

/**
 * The notifications of `recipients` (one row per user to notify, with the notification's kind, item
 * and reminder) and their delivery rows, one per the user's preference (`$8`: the default mode).
 */
const WRITE_NOTIFICATIONS = `inserted AS (
    INSERT INTO notification (user_id, organisation_id, kind, item_type, item_id, reminder_id)
    SELECT user_id, organisation_id, kind, item_type, item_id, reminder_id FROM recipients
    ON CONFLICT (reminder_id, user_id, kind) WHERE reminder_id IS NOT NULL DO NOTHING
    RETURNING id, user_id, kind, reminder_id
  ), deliveries AS (
    INSERT INTO notification_delivery (notification_id, channel)
    SELECT i.id, (CASE coalesce(p.mode::text, $8) WHEN 'email' THEN 'email' ELSE 'digest' END)::delivery_channel
    FROM inserted i LEFT JOIN notification_preference p ON p.user_id = i.user_id AND p.kind = i.kind
    WHERE coalesce(p.mode::text, $8) <> 'in_app'
    RETURNING id, notification_id, channel
  )`;

export const NOTIFY_SQL = `
  WITH recipients AS (
    SELECT u.id AS user_id, u.organisation_id, $1::notification_kind AS kind, $2::notification_item_type AS item_type, $3::uuid AS item_id, $4::uuid AS reminder_id
    FROM app_user u
    WHERE u.active AND (u.id = ANY($5::uuid[]) OR (u.organisation_id = $6::uuid AND u.role = ANY($7::user_role[])))
  ), ${WRITE_NOTIFICATIONS}
  SELECT (SELECT count(*)::int FROM inserted) AS notified,
         coalesce((SELECT array_agg(id) FROM deliveries WHERE channel = 'email'), '{}') AS email_delivery_ids`;

export function notifyParams(t: NotifyTarget): unknown[] {
  return [t.kind, t.itemType, t.itemId, t.reminderId, [...(t.userIds ?? [])], t.organisationId ?? null, [...(t.roles ?? [])], DEFAULT_NOTIFICATION_MODE];
}

export type NotifyResult = { notified: number; email_delivery_ids: string[] };

/** Who works the referrals and tasks of an organisation, and who supervises them. */
export const AGENT_ROLES: readonly UserRole[] = ['social_worker', 'partner_agent'];
export const MANAGER_ROLES: readonly UserRole[] = ['manager'];

/**
 * NOTIFY_SQL for many reminders in one statement (a batch of reminders fired together): target `i`
 * is `$1[i]…$4[i]` sent to user `$5[i]` when set, else to the active users of organisation `$6[i]`
 * with a role among `$7[i]` (comma-separated). One row per reminder: its notifications and e-mail
 * deliveries. Users by id and by role are two joins (an OR in one join scanned every user per target).
 */
export const NOTIFY_MANY_SQL = `
  WITH targets AS (
    SELECT * FROM unnest($1::notification_kind[], $2::notification_item_type[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[])
      AS t(kind, item_type, item_id, reminder_id, user_id, organisation_id, roles)
  ), recipients AS (
    SELECT t.kind, t.item_type, t.item_id, t.reminder_id, u.id AS user_id, u.organisation_id
    FROM targets t JOIN app_user u ON u.id = t.user_id AND u.active
    UNION
    SELECT t.kind, t.item_type, t.item_id, t.reminder_id, u.id, u.organisation_id
    FROM targets t JOIN app_user u ON t.user_id IS NULL AND u.organisation_id = t.organisation_id AND u.active AND u.role::text = ANY(string_to_array(t.roles, ','))
  ), ${WRITE_NOTIFICATIONS}
  SELECT i.reminder_id, count(DISTINCT i.id)::int AS notified,
         coalesce(array_agg(d.id) FILTER (WHERE d.channel = 'email'), '{}') AS email_delivery_ids
  FROM inserted i LEFT JOIN deliveries d ON d.notification_id = i.id
  GROUP BY i.reminder_id`;

/** One target per reminder: either one user, or an organisation's users with these roles. */
export type NotifyManyTarget = Readonly<{
  kind: NotificationKind;
  itemType: NotificationItemType;
  itemId: string;
  reminderId: string;
  userId: string | null;
  organisationId: string | null;
  roles: readonly UserRole[];
}>;

export function notifyManyParams(targets: readonly NotifyManyTarget[]): unknown[] {
  return [
    targets.map((t) => t.kind),
    targets.map((t) => t.itemType),
    targets.map((t) => t.itemId),
    targets.map((t) => t.reminderId),
    targets.map((t) => t.userId),
    targets.map((t) => t.organisationId),
    targets.map((t) => t.roles.join(',')),
    DEFAULT_NOTIFICATION_MODE,
  ];
}

export type NotifyManyRow = { reminder_id: string; notified: number; email_delivery_ids: string[] };
