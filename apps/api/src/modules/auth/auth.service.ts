import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { verifyPassword } from '../../common/auth/passwords';
import { ROLE_PERMISSIONS } from '../../common/auth/permissions';
import { SessionService } from '../../common/auth/session.service';
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import type { MeDto } from './login.dto';

export const INVALID_CREDENTIALS = 'Identifiant ou mot de passe incorrect';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
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
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_attempt WHERE attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, this.config.loginWindowMinutes],
    );
    if (counts.by_email >= this.config.loginMaxFailuresPerAccount || counts.by_ip >= this.config.loginMaxFailuresPerIp) {
      throw new TooManyRequestsError(
        `Trop de tentatives de connexion. Réessayez dans ${this.config.loginWindowMinutes} minutes.`,
      );
    }
    const [user] = await this.db.query(
      `SELECT id, password_hash, active, organisation_id FROM app_user WHERE email = $1`,
      [email],
    );
    const passwordOk = await verifyPassword(user?.password_hash, password);
    if (!user || !passwordOk || !user.active) {
      await this.db.query(
        `WITH purge AS (DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day')
         INSERT INTO login_attempt (email, ip) VALUES ($1, $2)`,
        [email, ip],
      );
      throw new UnauthorizedError(INVALID_CREDENTIALS);
    }
    const token = await this.db.transaction(async (em) => {
      await em.query('DELETE FROM login_attempt WHERE email = $1', [email]);
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
    const [r] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, u.role, o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
              t.id AS territory_id, t.code AS territory_code, t.name AS territory_name
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id JOIN territory t ON t.id = o.territory_id
       WHERE u.id = $1`,
      [userId],
    );
    if (!r) throw new NotFoundError();
    return {
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      organisation: { id: r.org_id, name: r.org_name, kind: r.org_kind },
      territory: { id: r.territory_id, code: r.territory_code, name: r.territory_name },
      permissions: [...ROLE_PERMISSIONS[r.role as Actor['role']]].sort(),
      settings: { refusalBlockMonths: this.config.refusalBlockMonths },
    };
  }
}
