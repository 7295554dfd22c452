import { Module } from '@nestjs/common';
import { RemindersModule } from '../notifications/reminders.module';
import { DetectedRightsRepository } from './detected-rights.repository';
import { DetectedRightsService } from './detected-rights.service';
import { OutreachBlocksService } from './outreach-blocks.service';
import { RefusalIdentitiesRepository } from './refusal-identities.repository';
import { RefusalRegistryService } from './refusal-registry.service';
import { RightTransitionsService } from './right-transitions.service';
import { RightsController } from './rights.controller';

@Module({
  imports: [RemindersModule],
  controllers: [RightsController],
  providers: [DetectedRightsService, RightTransitionsService, DetectedRightsRepository, OutreachBlocksService, RefusalRegistryService, RefusalIdentitiesRepository],
  exports: [RightTransitionsService, OutreachBlocksService, RefusalRegistryService],
})
export class RightsModule {}
