import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CommunesModule } from '../communes/communes.module';
import { RemindersModule } from '../notifications/reminders.module';
import { RightsModule } from '../rights/rights.module';
import { HouseholdWriterService } from './household-writer.service';
import { HouseholdsController } from './households.controller';
import { HouseholdsRepository } from './households.repository';
import { HouseholdsService } from './households.service';

@Module({
  imports: [AuditModule, CommunesModule, RemindersModule, RightsModule],
  controllers: [HouseholdsController],
  providers: [HouseholdsService, HouseholdWriterService, HouseholdsRepository],
})
export class HouseholdsModule {}
