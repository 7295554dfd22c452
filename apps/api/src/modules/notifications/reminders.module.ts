import { Module } from '@nestjs/common';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

/** The reminder rows written by other modules' transactions (referrals, rights). */
@Module({ providers: [RemindersService, RemindersRepository], exports: [RemindersService] })
export class RemindersModule {}
