import type { NotificationItemType, NotificationKind, NotificationMode, ReminderSettings } from '@recours/domain';

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  itemType: NotificationItemType;
  itemId: string;
  createdAt: string;
  readAt: string | null;
}

export type ReminderSettingsRecord = ReminderSettings & { alsaceMoselle: boolean };

/** Notification domain methods of the data provider (one API call each). */
export interface NotificationMethods {
  unreadNotificationCount(): Promise<{ data: { count: number } }>;
  markNotificationRead(id: string): Promise<{ data: AppNotification }>;
  markAllNotificationsRead(): Promise<{ data: { updated: number } }>;
  getNotificationPreferences(): Promise<{ data: { preferences: { kind: NotificationKind; mode: NotificationMode }[] } }>;
  saveNotificationPreferences(preferences: { kind: NotificationKind; mode: NotificationMode }[]): Promise<{ data: { preferences: { kind: NotificationKind; mode: NotificationMode }[] } }>;
  getReminderSettings(): Promise<{ data: ReminderSettingsRecord }>;
  saveReminderSettings(settings: Omit<ReminderSettingsRecord, 'alsaceMoselle'>): Promise<{ data: ReminderSettingsRecord }>;
}

/** Where a notification leads in the back office. */
export function notificationLink(n: Pick<AppNotification, 'itemType' | 'itemId'>): string {
  switch (n.itemType) {
    case 'referral':
      return `/referrals/${n.itemId}/show`;
    case 'task':
      return '/tasks';
    case 'detected_right':
      return '/detected-rights';
  }
}
