import { Module } from '@nestjs/common';
import { RemindersModule } from '../notifications/reminders.module';
import { DetectedRightsRepository } from './detected-rights.repository';
import { DetectedRightsService } from './detected-rights.service';
import { OutreachBlocksService } from './outreach-blocks.service';
import { RightTransitionsService } from './right-transitions.service';
import { RightsController } from './rights.controller';

@Module({
  imports: [RemindersModule],
  controllers: [RightsController],
  providers: [DetectedRightsService, RightTransitionsService, DetectedRightsRepository, OutreachBlocksService],
  exports: [RightTransitionsService, OutreachBlocksService],
})
export class RightsModule {}
