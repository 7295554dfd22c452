import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, SessionStage } from '../../common/auth/actor';
import { verifyPassword } from '../../common/auth/passwords';
import { ROLE_PERMISSIONS } from '../../common/auth/permissions';
import { SessionService } from '../../common/auth/session.service';
import { NotFoundError, UnauthorizedError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { AttemptThrottle } from './attempt-throttle';
import { AuthRepository } from './auth.repository';
import type { MeDto } from './login.dto';

export const INVALID_CREDENTIALS = 'Identifiant ou mot de passe incorrect';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: AuthRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly throttle: AttemptThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Same answer, and the same argon2 work, whether the account exists, is disabled or the
   * password is wrong. Each attempt is counted before its password is checked, per (account,
   * address) and per address (see AuthRepository.claimAttempt): past the free attempts, growing
   * delays; a success clears the pair.
   */
  async login(emailInput: string, password: string, ip: string): Promise<{ token: string; me: MeDto }> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.claim([
      [{ email, ip }, this.config.loginMaxFailuresPerAccount],
      [{ email: '', ip }, this.config.loginMaxFailuresPerIp],
    ]);
    const user = await this.repo.findByEmail(email);
    const passwordOk = await verifyPassword(user?.password_hash ?? undefined, password);
    if (!user || !passwordOk || !user.active) throw new UnauthorizedError(INVALID_CREDENTIALS);
    // With a second factor, the password opens a session that can only give its code; an admin
    // without one must enrol first. The sign-in is audited once every factor is checked.
    const stage: SessionStage = user.totp_enabled_at ? 'code' : user.role === 'admin' ? 'enrolment' : 'full';
    const token = await this.db.transaction(async (em) => {
      await this.repo.clearAttempts(em, email, ip);
      const session = await this.sessions.create(user.id, em, stage);
      if (stage === 'full') await this.recordLogin(em, { userId: user.id, organisationId: user.organisation_id }, session.sessionId);
      return session.token;
    });
    return { token, me: await this.me(user.id, stage) };
  }

  recordLogin(em: EntityManager, actor: Pick<Actor, 'userId' | 'organisationId'>, sessionId: string): Promise<void> {
    return this.audit.record(em, actor, [{ action: 'login', entityType: 'session', entityId: sessionId }]);
  }

  async logout(actor: Actor): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.sessions.destroy(actor.sessionId, em);
      await this.audit.record(em, actor, [{ action: 'logout', entityType: 'session', entityId: actor.sessionId }]);
    });
  }

  async me(userId: string, stage: SessionStage = 'full'): Promise<MeDto> {
    const r = await this.repo.me(userId);
    if (!r) throw new NotFoundError();
    return {
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      organisation: { id: r.org_id, name: r.org_name, kind: r.org_kind },
      territory: { id: r.territory_id, code: r.territory_code, name: r.territory_name },
      permissions: [...ROLE_PERMISSIONS[r.role]].sort(),
      settings: { refusalBlockMonths: this.config.refusalBlockMonths },
      twoFactor: { enabled: r.totp_enabled, required: r.role === 'admin', pending: stage === 'full' ? null : stage },
    };
  }
}
