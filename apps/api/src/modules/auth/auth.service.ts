import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { verifyPassword } from '../../common/auth/passwords';
import { ROLE_PERMISSIONS } from '../../common/auth/permissions';
import { SessionService } from '../../common/auth/session.service';
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Same answer, and the same argon2 work, whether the account exists, is disabled or the
   * password is wrong. Failures are counted per e-mail and per IP over a sliding window.
   */
  async login(emailInput: string, password: string, ip: string): Promise<{ token: string; me: MeDto }> {
    const email = emailInput.trim().toLowerCase();
    const failures = await this.repo.recentFailures(email, ip, this.config.loginWindowMinutes);
    if (failures.byEmail >= this.config.loginMaxFailuresPerAccount || failures.byIp >= this.config.loginMaxFailuresPerIp) {
      throw new TooManyRequestsError(
        `Trop de tentatives de connexion. Réessayez dans ${this.config.loginWindowMinutes} minutes.`,
      );
    }
    const user = await this.repo.findByEmail(email);
    const passwordOk = await verifyPassword(user?.password_hash, password);
    if (!user || !passwordOk || !user.active) {
      await this.repo.recordFailure(email, ip);
      throw new UnauthorizedError(INVALID_CREDENTIALS);
    }
    const token = await this.db.transaction(async (em) => {
      await this.repo.clearFailures(em, email);
      const session = await this.sessions.create(user.id, em);
      await this.audit.record(em, { userId: user.id, organisationId: user.organisation_id }, [
        { action: 'login', entityType: 'session', entityId: session.sessionId },
      ]);
      return session.token;
    });
    return { token, me: await this.me(user.id) };
  }

  async logout(actor: Actor): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.sessions.destroy(actor.sessionId, em);
      await this.audit.record(em, actor, [{ action: 'logout', entityType: 'session', entityId: actor.sessionId }]);
    });
  }

  async me(userId: string): Promise<MeDto> {
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
    };
  }
}
