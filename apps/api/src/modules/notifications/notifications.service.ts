import { Injectable } from '@nestjs/common';
import { DEFAULT_NOTIFICATION_MODE, NOTIFICATION_KINDS, REMINDER_KINDS, type ReminderSettings } from '@recours/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, UnprocessableError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, type ListQuery, type ListSpec } from '../../common/http/list-query';
import type { FailedReminderDto, NotificationDto, NotificationPreferencesDto, ReminderSettingsDto, UpdateNotificationPreferencesDto } from './notification.dto';
import { NotificationsRepository, type FailedReminderRow, type NotificationRow } from './notifications.repository';

const filter = z
  .object({ unread: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional() })
  .strict();
export type NotificationFilter = z.infer<typeof filter>;

export const NOTIFICATION_LIST: ListSpec<NotificationFilter> = {
  sortable: { createdAt: 'n.created_at' },
  defaultSort: ['createdAt', 'DESC'],
  filter,
};

const failedFilter = z.object({ id: zIdOrIds.optional(), kind: zEnum(REMINDER_KINDS).optional() }).strict();
export type FailedReminderFilter = z.infer<typeof failedFilter>;

export const FAILED_REMINDER_LIST: ListSpec<FailedReminderFilter> = {
  sortable: { failedAt: 'r.done_at', dueAt: 'r.due_at' },
  defaultSort: ['failedAt', 'DESC'],
  filter: failedFilter,
};

const failedToDto = (r: FailedReminderRow): FailedReminderDto => ({
  id: r.id,
  kind: r.kind,
  itemId: r.item_id,
  threshold: r.threshold,
  dueAt: r.due_at,
  failedAt: r.done_at,
  attempts: r.attempts,
  fireRounds: r.fire_rounds,
  lastError: r.outcome,
});

const toDto = (r: NotificationRow): NotificationDto => ({
  id: r.id,
  kind: r.kind,
  itemType: r.item_type,
  itemId: r.item_id,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/**
 * A user's own notifications (no personal data in them: a kind and a link, so no audit event), their
 * preferences, and their organisation's reminder delays (read by all its members, changed by its managers).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: NotificationsRepository,
  ) {}

  async list(actor: Actor, q: ListQuery<NotificationFilter>): Promise<ListResult<NotificationDto>> {
    const { total, rows } = await this.repo.list(this.db.manager, actor.userId, q);
    return new ListResult('notifications', rows.map(toDto), q.offset, total);
  }

  /** The reminders of the actor's organisation that failed for good: what no sweep will retry. */
  async failedReminders(actor: Actor, q: ListQuery<FailedReminderFilter>): Promise<ListResult<FailedReminderDto>> {
    const { total, rows } = await this.repo.listFailed(this.db.manager, actor.organisationId, q);
    return new ListResult('failed-reminders', rows.map(failedToDto), q.offset, total);
  }

  async get(actor: Actor, id: string): Promise<NotificationDto> {
    const row = await this.repo.find(this.db.manager, actor.userId, id);
    if (!row) throw new NotFoundError();
    return toDto(row);
  }

  async unreadCount(actor: Actor): Promise<{ count: number }> {
    return { count: await this.repo.unreadCount(this.db.manager, actor.userId) };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationDto> {
    return this.db.transaction(async (em) => {
      if (!(await this.repo.find(em, actor.userId, id))) throw new NotFoundError();
      await this.repo.markRead(em, actor.userId, [id]);
      return toDto((await this.repo.find(em, actor.userId, id))!);
    });
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    return { updated: await this.repo.markRead(this.db.manager, actor.userId, 'all') };
  }

  async preferences(actor: Actor): Promise<NotificationPreferencesDto> {
    const saved = await this.repo.preferences(this.db.manager, actor.userId);
    return { preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, mode: saved.get(kind) ?? DEFAULT_NOTIFICATION_MODE })) };
  }

  async savePreferences(actor: Actor, dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    await this.repo.savePreferences(this.db.manager, actor.userId, dto.preferences);
    return this.preferences(actor);
  }

  async settings(actor: Actor): Promise<ReminderSettingsDto> {
    const { settings, calendar } = await this.repo.settings(this.db.manager, actor.organisationId);
    return { ...settings, alsaceMoselle: calendar.alsaceMoselle };
  }

  async saveSettings(actor: Actor, s: ReminderSettings): Promise<ReminderSettingsDto> {
    if (s.referralEscalationWorkingDays <= s.referralReminderWorkingDays)
      throw new UnprocessableError('L’escalade doit venir après la relance', [
        { field: 'referralEscalationWorkingDays', message: 'doit être supérieur au délai de relance' },
      ]);
    await this.repo.saveSettings(this.db.manager, actor.organisationId, actor.userId, s);
    return this.settings(actor);
  }
}
