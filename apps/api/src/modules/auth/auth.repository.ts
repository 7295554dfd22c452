// SQL of sign-in: failed attempts (throttling) and the accounts they try.
import { Injectable } from '@nestjs/common';
import type { OrganisationKind, UserRole } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface LoginUserRow {
  id: string;
  password_hash: string;
  active: boolean;
  organisation_id: string;
}

export interface MeRow {
  id: string;
  email: string;
  display_name: string;
  role: UserRole;
  org_id: string;
  org_name: string;
  org_kind: OrganisationKind;
  territory_id: string;
  territory_code: string;
  territory_name: string;
}

@Injectable()
export class AuthRepository {
  constructor(private readonly db: DataSource) {}

  /** Failures over the last `minutes` for this e-mail and for this IP. */
  async recentFailures(email: string, ip: string, minutes: number): Promise<{ byEmail: number; byIp: number }> {
    const [counts]: { by_email: number; by_ip: number }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_attempt WHERE attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, minutes],
    );
    return { byEmail: counts.by_email, byIp: counts.by_ip };
  }

  async findByEmail(email: string): Promise<LoginUserRow | undefined> {
    const [user]: LoginUserRow[] = await this.db.query(`SELECT id, password_hash, active, organisation_id FROM app_user WHERE email = $1`, [email]);
    return user;
  }

  /** Records a failure; attempts older than a day are purged on the way. */
  async recordFailure(email: string, ip: string): Promise<void> {
    await this.db.query(
      `WITH purge AS (DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day')
       INSERT INTO login_attempt (email, ip) VALUES ($1, $2)`,
      [email, ip],
    );
  }

  async clearFailures(em: EntityManager, email: string): Promise<void> {
    await em.query('DELETE FROM login_attempt WHERE email = $1', [email]);
  }

  async me(userId: string): Promise<MeRow | undefined> {
    const [row]: MeRow[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, u.role, o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
              t.id AS territory_id, t.code AS territory_code, t.name AS territory_name
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id JOIN territory t ON t.id = o.territory_id
       WHERE u.id = $1`,
      [userId],
    );
    return row;
  }
}
