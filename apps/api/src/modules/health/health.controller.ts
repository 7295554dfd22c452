import { Controller, Get, Inject, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { overdueMessage, overdueSweeps, sweepMaxAgeSeconds } from '@recours/jobs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public, SESSION_COOKIE } from '../../common/auth/decorators';
import { can } from '../../common/auth/permissions';
import { SessionService } from '../../common/auth/session.service';
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
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'État de la base de données, de Redis et des passages périodiques du worker — rappels, détection, campagnes, imports, récapitulatif (503 si l’un est indisponible, ou si le dernier passage réussi de l’un d’eux date de plus de deux périodes, et au moins SWEEP_MAX_AGE_SECONDS). Sans session d’administrateur ni jeton de supervision (HEALTH_TOKEN) : seulement `status` (ok ou error) ; avec : le détail, dont l’âge de chaque passage, le retard des rappels de la dernière heure (p50, p99, max) et le nombre de rappels en échec (remindersFailed : leur envoi a épuisé toutes ses tentatives)',
  })
  async check(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const detailed = await this.mayReadDetails(req);
    try {
      const result = await this.health.check([() => this.db.pingCheck('database', { timeout: 1000 }), () => this.redisCheck(), () => this.sweepCheck()]);
      return detailed ? result : { status: result.status };
    } catch (err) {
      // Terminus throws a 503 carrying every indicator's details: anonymous callers learn only that it is down.
      if (detailed || !(err instanceof ServiceUnavailableException)) throw err;
      void reply.status(503);
      return { status: 'error' as const };
    }
  }

  /** A signed-in admin (session cookie) or monitoring (`Authorization: Bearer <HEALTH_TOKEN>`). */
  private async mayReadDetails(req: FastifyRequest): Promise<boolean> {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer && this.config.healthToken) {
      // Compared as digests: same length whatever was sent, constant time.
      const digest = (s: string) => createHash('sha256').update(s).digest();
      if (timingSafeEqual(digest(bearer), digest(this.config.healthToken))) return true;
    }
    const token = req.cookies?.[SESSION_COOKIE];
    const actor = token ? await this.sessions.resolve(token) : undefined;
    return actor !== undefined && actor.stage === 'full' && can(actor.role, 'health.read');
  }

  /**
   * The age of each sweep's last success (reminders, detection, campaigns, imports, digest); any one
   * overdue (two periods missed, at least SWEEP_MAX_AGE_SECONDS) → down (503). None yet (a fresh
   * install whose worker never ran) is reported, not failed.
   */
  private async sweepCheck() {
    const indicator = this.indicators.check('sweeps');
    const [rows, lateness, remindersFailed] = await Promise.all([this.sweeps.sweeps(), this.sweeps.lateness(), this.sweeps.failedReminders()]);
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
      // Reported, not failed on: the service runs; each one waits for an operator (queues page, logs).
      remindersFailed,
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
