import { Module } from '@nestjs/common';
import { DetectedRightsService } from './detected-rights.service';
import { RightTransitionsService } from './right-transitions.service';
import { RightsController } from './rights.controller';

@Module({
  controllers: [RightsController],
  providers: [DetectedRightsService, RightTransitionsService],
  exports: [RightTransitionsService],
})
export class RightsModule {}
