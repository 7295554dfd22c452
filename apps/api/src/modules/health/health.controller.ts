import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
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
      'État de la base de données, de Redis et du passage des rappels (503 si l’un est indisponible, ou si le dernier passage réussi des rappels date de plus de SWEEP_MAX_AGE_SECONDS) ; retard des rappels de la dernière heure (p50, p99, max)',
  })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 1000 }), () => this.redisCheck(), () => this.sweepCheck()]);
  }

  /**
   * The age of each sweep's last success; `reminders` overdue → down (503). None yet (a fresh install
   * whose worker never ran) is reported, not failed.
   */
  private async sweepCheck() {
    const indicator = this.indicators.check('sweeps');
    const [rows, lateness] = await Promise.all([this.sweeps.sweeps(), this.sweeps.lateness()]);
    const ages = Object.fromEntries(rows.map((r) => [r.name, { ageSeconds: Math.round(r.age_seconds), lastCount: r.last_count, lastDurationMs: r.last_duration_ms }]));
    const details = { maxAgeSeconds: this.config.sweepMaxAgeSeconds, ...ages, reminderLatenessLastHourMs: { fired: lateness.fired, p50: lateness.p50_ms, p99: lateness.p99_ms, max: lateness.max_ms } };
    const reminders = rows.find((r) => r.name === 'reminders');
    if (reminders && reminders.age_seconds > this.config.sweepMaxAgeSeconds) return indicator.down({ ...details, message: 'le passage des rappels est en retard' });
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
