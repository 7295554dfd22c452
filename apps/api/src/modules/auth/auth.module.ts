import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AttemptThrottle } from './attempt-throttle';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { SessionCookie } from './session-cookie';
import { TotpController } from './totp/totp.controller';
import { TotpRepository } from './totp/totp.repository';
import { TotpService } from './totp/totp.service';

@Module({
  imports: [AuditModule, UsersModule],
  controllers: [AuthController, TotpController],
  providers: [AuthService, AuthRepository, SessionCookie, AttemptThrottle, TotpService, TotpRepository],
})
export class AuthModule {}
