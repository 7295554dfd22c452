// Reminders (rows the worker fires when due), notifications (what a user reads in the bell or by
// e-mail) and the per-organisation delays. Shared by the API, the worker and the back office.

/** What a reminder row watches; each kind has numbered thresholds (see REMINDER_THRESHOLDS). */
export const REMINDER_KINDS = ['referral_unanswered', 'task_due', 'right_no_news', 'right_renewal', 'right_declaration'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** `failed`: its fire job exhausted its attempts in every round the sweep gave it (see the worker's README). */
export const REMINDER_STATES = ['pending', 'done', 'skipped', 'failed'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

/** Threshold numbers per kind, stored in `reminder.threshold`. */
export const REMINDER_THRESHOLDS = Object.freeze({
  referral_unanswered: { reminder: 1, escalation: 2, expiry: 3 },
  task_due: { due: 0, overdue: 1 },
  right_no_news: { follow_up: 0 },
  right_renewal: { renewal: 0 },
  /** One row per quarterly declaration: its threshold is the declaration's number since the grant (1, 2, …). */
  right_declaration: { first: 1 },
} as const);

export const NOTIFICATION_KINDS = [
  'referral_received',
  'referral_reminder',
  'referral_escalation',
  'referral_no_answer',
  'referral_expired',
  'task_due',
  'task_overdue',
  'right_follow_up',
  'right_renewal',
  'right_declaration',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification links to in the back office. */
export const NOTIFICATION_ITEM_TYPES = ['referral', 'task', 'detected_right'] as const;
export type NotificationItemType = (typeof NOTIFICATION_ITEM_TYPES)[number];

/** Per user and kind: the bell only, an e-mail right away, or one e-mail a day at 8:00 (Paris). */
export const NOTIFICATION_MODES = ['in_app', 'email', 'digest'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];
export const DEFAULT_NOTIFICATION_MODE: NotificationMode = 'email';

export const DELIVERY_CHANNELS = ['email', 'digest'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The delays an organisation's manager may change; the defaults are the ones of the product brief. */
export interface ReminderSettings {
  referralReminderWorkingDays: number;
  referralEscalationWorkingDays: number;
  referralExpiryDays: number;
  taskOverdueWorkingDays: number;
  rightNoNewsDays: number;
  renewalLeadDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  referralReminderWorkingDays: 5,
  referralEscalationWorkingDays: 10,
  referralExpiryDays: 30,
  taskOverdueWorkingDays: 2,
  rightNoNewsDays: 45,
  renewalLeadDays: 30,
});

export const NOTIFICATION_LABELS = {
  notificationKind: {
    referral_received: 'Orientation reçue',
    referral_reminder: 'Orientation sans accusé de réception',
    referral_escalation: 'Orientation sans réponse : relance au responsable',
    referral_no_answer: 'Votre orientation reste sans réponse',
    referral_expired: 'Orientation expirée sans réponse',
    task_due: 'Tâche à faire aujourd’hui',
    task_overdue: 'Tâche en retard',
    right_follow_up: 'Demande déposée sans nouvelles : relancer l’organisme',
    right_renewal: 'Renouvellement d’un droit à préparer',
    right_declaration: 'Déclaration trimestrielle à préparer avec le foyer',
  },
  reminderKind: {
    referral_unanswered: 'Orientation sans réponse',
    task_due: 'Échéance d’une tâche',
    right_no_news: 'Demande déposée sans nouvelles',
    right_renewal: 'Renouvellement d’un droit',
    right_declaration: 'Déclaration trimestrielle',
  },
  notificationMode: {
    in_app: 'Dans l’application seulement',
    email: 'Par e-mail immédiatement',
    digest: 'Récapitulatif quotidien par e-mail (8 h)',
  },
} as const satisfies {
  notificationKind: Record<NotificationKind, string>;
  reminderKind: Record<ReminderKind, string>;
  notificationMode: Record<NotificationMode, string>;
};
