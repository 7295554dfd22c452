import { Module } from '@nestjs/common';
import { ActivityRepository } from './activity.repository';
import { EvaluationExportController } from './evaluation-export.controller';
import { EvaluationExportRepository } from './evaluation-export.repository';
import { EvaluationExportService } from './evaluation-export.service';
import { IndicatorsRepository } from './indicators.repository';
import { ReferralStatsRepository } from './referral-stats.repository';
import { RollupsRepository } from './rollups.repository';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ controllers: [StatsController, EvaluationExportController], providers: [StatsService, IndicatorsRepository, ActivityRepository, ReferralStatsRepository, RollupsRepository, EvaluationExportService, EvaluationExportRepository] })
export class StatsModule {}
