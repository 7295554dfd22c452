import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import {
  FailedReminderDto,
  MarkedReadDto,
  NotificationDto,
  NotificationPreferencesDto,
  ReminderSettingsDto,
  UnreadCountDto,
  UpdateNotificationPreferencesDto,
  UpdateReminderSettingsDto,
} from './notification.dto';
import { FAILED_REMINDER_LIST, NOTIFICATION_LIST, NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Authorize('session.self')
  @ApiListQuery(NOTIFICATION_LIST, { name: 'Notification', filterExample: '{"unread":true}' })
  @ApiOkResponse({ type: [NotificationDto], description: 'Les notifications de la personne connectée, les plus récentes d’abord' })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.notifications.list(actor, parseListQuery(query, NOTIFICATION_LIST));
  }

  @Get('notifications/unread-count')
  @Authorize('session.self')
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @Authorize('session.self')
  @ApiOkResponse({ type: MarkedReadDto })
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Get('notifications/:id')
  @Authorize('session.self')
  @ApiIdParam()
  @ApiOkResponse({ type: NotificationDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.notifications.get(actor, id);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @Authorize('session.self')
  @ApiIdParam()
  @ApiOkResponse({ type: NotificationDto })
  markRead(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.notifications.markRead(actor, id);
  }

  @Get('notification-preferences')
  @Authorize('session.self')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentActor() actor: Actor) {
    return this.notifications.preferences(actor);
  }

  @Put('notification-preferences')
  @Authorize('session.self')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  savePreferences(@CurrentActor() actor: Actor, @Body() dto: UpdateNotificationPreferencesDto) {
    return this.notifications.savePreferences(actor, dto);
  }

  @Get('failed-reminders')
  @Authorize('reminders.failed')
  @ApiListQuery(FAILED_REMINDER_LIST, { name: 'FailedReminder', filterExample: '{"kind":"task_due"}' })
  @ApiOkResponse({ type: [FailedReminderDto], description: 'Les relances de l’organisation abandonnées après toutes leurs tentatives, les plus récentes d’abord' })
  failedReminders(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.notifications.failedReminders(actor, parseListQuery(query, FAILED_REMINDER_LIST));
  }

  @Get('reminder-settings')
  @Authorize('session.self')
  @ApiOkResponse({ type: ReminderSettingsDto, description: 'Les délais de relance de l’organisation de la personne connectée' })
  settings(@CurrentActor() actor: Actor) {
    return this.notifications.settings(actor);
  }

  @Put('reminder-settings')
  @Authorize('reminders.manage')
  @ApiOkResponse({ type: ReminderSettingsDto })
  @ApiUnprocessableEntityResponse({ description: 'Seuils incohérents entre eux (par exemple l’escalade avant la relance)' })
  saveSettings(@CurrentActor() actor: Actor, @Body() dto: UpdateReminderSettingsDto) {
    return this.notifications.saveSettings(actor, dto);
  }
}
