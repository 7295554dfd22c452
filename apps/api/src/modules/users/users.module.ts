import { Module } from '@nestjs/common';
import { AccountMailer } from './account-mailer';
import { AccountNotices } from './account-notices';
import { PasswordLinksController } from './password-links.controller';
import { PasswordLinksRepository } from './password-links.repository';
import { PasswordLinksService } from './password-links.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController, PasswordLinksController],
  providers: [UsersService, UsersRepository, PasswordLinksService, PasswordLinksRepository, AccountNotices, AccountMailer],
  exports: [AccountNotices, UsersRepository],
})
export class UsersModule {}
