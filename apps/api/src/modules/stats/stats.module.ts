import { Module } from '@nestjs/common';
import { ActivityRepository } from './activity.repository';
import { IndicatorsRepository } from './indicators.repository';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ controllers: [StatsController], providers: [StatsService, IndicatorsRepository, ActivityRepository] })
export class StatsModule {}
