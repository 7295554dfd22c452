import { Module } from '@nestjs/common';
import { ActivityRepository } from './activity.repository';
import { IndicatorsRepository } from './indicators.repository';
import { ReferralStatsRepository } from './referral-stats.repository';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ controllers: [StatsController], providers: [StatsService, IndicatorsRepository, ActivityRepository, ReferralStatsRepository] })
export class StatsModule {}
