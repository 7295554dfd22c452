import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { overdueMessage, overdueSweeps, sweepMaxAgeSeconds } from '@recours/jobs';
import { Public } from '../../common/auth/decorators';
import { RedisService } from '../../common/redis/redis.service';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SweepsRepository } from './sweeps.repository';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisService,
    private readonly sweeps: SweepsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary:
      'État de la base de données, de Redis et des passages périodiques du worker — rappels, détection, campagnes, imports, récapitulatif (503 si l’un est indisponible, ou si le dernier passage réussi de l’un d’eux date de plus de deux périodes, et au moins SWEEP_MAX_AGE_SECONDS) ; retard des rappels de la dernière heure (p50, p99, max)',
  })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 1000 }), () => this.redisCheck(), () => this.sweepCheck()]);
  }

  /**
   * The age of each sweep's last success (reminders, detection, campaigns, imports, digest); any one
   * overdue (two periods missed, at least SWEEP_MAX_AGE_SECONDS) → down (503). None yet (a fresh
   * install whose worker never ran) is reported, not failed.
   */
  private async sweepCheck() {
    const indicator = this.indicators.check('sweeps');
    const [rows, lateness] = await Promise.all([this.sweeps.sweeps(), this.sweeps.lateness()]);
    const min = this.config.sweepMaxAgeSeconds;
    const ages = rows.map((r) => ({ name: r.name, ageSeconds: r.age_seconds, everyMs: r.every_ms }));
    const overdue = overdueSweeps(ages, min);
    const details = {
      maxAgeSeconds: min,
      ...Object.fromEntries(
        rows.map((r, i) => [
          r.name,
          { ageSeconds: Math.round(r.age_seconds), maxAgeSeconds: sweepMaxAgeSeconds(ages[i], min), overdue: overdue.includes(r.name), lastCount: r.last_count, lastDurationMs: r.last_duration_ms },
        ]),
      ),
      reminderLatenessLastHourMs: { fired: lateness.fired, p50: lateness.p50_ms, p99: lateness.p99_ms, max: lateness.max_ms },
    };
    if (overdue.length > 0) return indicator.down({ ...details, message: overdueMessage(overdue) });
    return indicator.up(details);
  }

  private async redisCheck() {
    const indicator = this.indicators.check('redis');
    try {
      await this.redis.ping(500);
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : 'indisponible' });
    }
  }
}
