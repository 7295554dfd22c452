import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { AccessService } from './access/access.service';
import { SessionService } from './auth/session.service';
import { JobsService } from './jobs/jobs.service';
import { RedisService } from './redis/redis.service';

/** Cross-cutting providers every feature module may inject. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers = [{ provide: APP_CONFIG, useValue: config }, SessionService, AccessService, AuditService, AuditRepository, RedisService, JobsService];
    return { module: CoreModule, providers, exports: providers };
  }
}
