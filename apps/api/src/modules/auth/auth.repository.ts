// SQL of sign-in: attempts (throttling) and the accounts they try.
import { Injectable } from '@nestjs/common';
import type { OrganisationKind, UserRole } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface LoginUserRow {
  id: string;
  password_hash: string | null;
  active: boolean;
  organisation_id: string;
  role: UserRole;
  totp_enabled_at: Date | null;
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
  totp_enabled: boolean;
}

export interface ThrottlePolicy {
  /** Attempts without any wait. */
  free: number;
  maxDelaySeconds: number;
  windowMinutes: number;
}

@Injectable()
export class AuthRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts one attempt for the key, in one statement: null when the key must still wait (nothing
   * counted), else the attempt's number. Attempts after `policy.free` make the next one wait 1 s, 2 s,
   * 4 s… up to `policy.maxDelaySeconds`; a key quiet for `policy.windowMinutes` starts again at 1.
   * The row lock of ON CONFLICT serialises simultaneous attempts: each sees the one before it.
   */
  async claimAttempt(key: { email: string; ip: string }, policy: ThrottlePolicy): Promise<number | null> {
    const next = `CASE WHEN t.last_attempt_at < now() - make_interval(mins => $5) THEN 1 ELSE t.attempts + 1 END`;
    const delay = (n: string) => `make_interval(secs => CASE WHEN ${n} <= $3 THEN 0 ELSE LEAST(power(2, ${n} - $3 - 1), $4) END)`;
    const rows: { attempts: number }[] = await this.db.query(
      `INSERT INTO login_throttle AS t (email, ip, attempts, blocked_until, last_attempt_at)
       VALUES ($1, $2, 1, now() + ${delay('1')}, now())
       ON CONFLICT (email, ip) DO UPDATE
         SET attempts = ${next}, blocked_until = now() + ${delay(next)}, last_attempt_at = now()
         WHERE t.blocked_until <= now()
       RETURNING attempts`,
      [key.email, key.ip, policy.free, policy.maxDelaySeconds, policy.windowMinutes],
    );
    return rows.length ? rows[0].attempts : null;
  }

  /** Seconds until the key may try again (at least 1). */
  async waitSeconds(key: { email: string; ip: string }): Promise<number> {
    const [row]: { secs: number }[] = await this.db.query(
      `SELECT GREATEST(1, ceil(extract(epoch FROM blocked_until - now())))::int AS secs FROM login_throttle WHERE email = $1 AND ip = $2`,
      [key.email, key.ip],
    );
    return row?.secs ?? 1;
  }

  async findByEmail(email: string): Promise<LoginUserRow | undefined> {
    const [user]: LoginUserRow[] = await this.db.query(`SELECT id, password_hash, active, organisation_id, role, totp_enabled_at FROM app_user WHERE email = $1`, [email]);
    return user;
  }

  /** A success: the pair starts again from zero, the address gets its attempt back; rows quiet for a day go. */
  async clearAttempts(em: EntityManager, email: string, ip: string): Promise<void> {
    await em.query(
      `WITH purge AS (DELETE FROM login_throttle WHERE last_attempt_at < now() - interval '1 day')
       DELETE FROM login_throttle WHERE email = $1 AND ip = $2`,
      [email, ip],
    );
    await em.query(`UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE email = '' AND ip = $1`, [ip]);
  }

  async me(userId: string): Promise<MeRow | undefined> {
    const [row]: MeRow[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, u.role, o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
              t.id AS territory_id, t.code AS territory_code, t.name AS territory_name, u.totp_enabled_at IS NOT NULL AS totp_enabled
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id JOIN territory t ON t.id = o.territory_id
       WHERE u.id = $1`,
      [userId],
    );
    return row;
  }
}
