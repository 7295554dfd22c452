import { Module } from '@nestjs/common';
import { RemindersModule } from '../notifications/reminders.module';
import { RightsModule } from '../rights/rights.module';
import { ConsentsController } from './consents.controller';
import { ConsentsRepository } from './consents.repository';
import { ConsentsService } from './consents.service';
import { PartnersController } from './partners.controller';
import { PartnersRepository } from './partners.repository';
import { PartnersService } from './partners.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsRepository } from './referrals.repository';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [RightsModule, RemindersModule],
  controllers: [ReferralsController, ConsentsController, PartnersController],
  providers: [ReferralsService, ReferralsRepository, ConsentsService, ConsentsRepository, PartnersService, PartnersRepository],
})
export class ReferralsModule {}
