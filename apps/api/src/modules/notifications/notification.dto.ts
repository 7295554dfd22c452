import { NOTIFICATION_ITEM_TYPES, NOTIFICATION_KINDS, NOTIFICATION_MODES, REMINDER_KINDS } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, enumText, guid, int, list, oneOf, timestamp } from '../../common/http/zod-fields';

export class NotificationDto extends createZodDto(
  z.object({
    id: guid(),
    kind: enumText(NOTIFICATION_KINDS),
    itemType: enumText(NOTIFICATION_ITEM_TYPES).describe('Ce que la notification désigne (lien dans le back-office)'),
    itemId: guid(),
    createdAt: timestamp(),
    readAt: timestamp().nullable(),
  }),
) {}

export class UnreadCountDto extends createZodDto(z.object({ count: z.number().int() })) {}
export class MarkedReadDto extends createZodDto(z.object({ updated: z.number().int() })) {}

const preference = z.object({ kind: oneOf(NOTIFICATION_KINDS), mode: oneOf(NOTIFICATION_MODES) });

export class NotificationPreferencesDto extends createZodDto(
  z.object({ preferences: z.array(z.object({ kind: enumText(NOTIFICATION_KINDS), mode: enumText(NOTIFICATION_MODES) })) }),
) {}

export class UpdateNotificationPreferencesDto extends createZodDto(
  body({ preferences: list(preference, NOTIFICATION_KINDS.length)
    .refine((rows) => new Set(rows.map((row) => row.kind)).size === rows.length, 'un seul mode par type de notification')
    .describe('Une ligne par type : in_app, email ou digest') }),
) {}

const days = (max: number) => int({ min: 1, max });

export class ReminderSettingsDto extends createZodDto(
  z.object({
    referralReminderWorkingDays: z.number().int(),
    referralEscalationWorkingDays: z.number().int(),
    referralExpiryDays: z.number().int(),
    taskOverdueWorkingDays: z.number().int(),
    rightNoNewsDays: z.number().int(),
    renewalLeadDays: z.number().int(),
    alsaceMoselle: z.boolean().describe('Jours fériés d’Alsace-Moselle (Vendredi saint, 26 décembre), selon le département du territoire'),
  }),
) {}

export class UpdateReminderSettingsDto extends createZodDto(
  body(
    {
      referralReminderWorkingDays: days(30).describe('Relance des agents du destinataire (jours ouvrés)'),
      referralEscalationWorkingDays: days(60).describe('Escalade au responsable du destinataire (jours ouvrés)'),
      referralExpiryDays: days(180).describe('Expiration sans réponse (jours calendaires)'),
      taskOverdueWorkingDays: days(30).describe('Retard signalé au responsable (jours ouvrés après l’échéance)'),
      rightNoNewsDays: days(365).describe('Demande déposée sans nouvelles (jours calendaires)'),
      renewalLeadDays: days(180).describe('Préparation du renouvellement (jours avant la date)'),
    },
    ['alsaceMoselle'],
  ),
) {}

export class FailedReminderDto extends createZodDto(
  z.object({
    id: guid(),
    kind: enumText(REMINDER_KINDS),
    itemId: guid().describe('L’orientation, la tâche ou le droit que la relance concerne'),
    threshold: z.number().int().describe('Le palier (relance, escalade, expiration ; n° de déclaration)'),
    dueAt: timestamp(),
    failedAt: timestamp().nullable().describe('Quand la relance a été abandonnée'),
    attempts: z.number().int(),
    fireRounds: z.number().int().describe('Séries de tentatives épuisées'),
    lastError: z.string().nullable(),
  }),
) {}
