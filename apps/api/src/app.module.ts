import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from './common/auth/auth.guard';
import { CoreModule } from './common/core.module';
import { AllExceptionsFilter } from './common/errors/exception.filter';
import type { AppConfig } from './config/config';
import { dataSourceOptions } from './config/data-source-options';
import { loggerOptions } from './config/logger';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { CommunesModule } from './modules/communes/communes.module';
import { HouseholdsModule } from './modules/households/households.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MyDayModule } from './modules/my-day/my-day.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OutreachModule } from './modules/outreach/outreach.module';
import { ReferralsModule } from './modules/referrals/referrals.module';
import { StatsModule } from './modules/stats/stats.module';
import { RightsModule } from './modules/rights/rights.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { BulkModule } from './modules/bulk/bulk.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { TerritoriesModule } from './modules/territories/territories.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        // No TypeORM query logging: failed queries would be logged with their parameters (personal data).
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), logging: false }),
        ExportsModule,
        HealthModule,
        AuthModule,
        HouseholdsModule,
        CommunesModule,
        RightsModule,
        OutreachModule,
        TasksModule,
        BulkModule,
        CampaignsModule,
        ReferralsModule,
        MyDayModule,
        AuditModule,
        StatsModule,
        NotificationsModule,
        UsersModule,
        OrganisationsModule,
        TerritoriesModule,
        ImportsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
