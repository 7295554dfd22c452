import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { preparedQuery } from '../db/prepared';
import type { Actor, SessionStage } from './actor';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a session and returns the cookie token (only its hash is stored). */
  async create(userId: string, em: EntityManager = this.db.manager, stage: SessionStage = 'full'): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    // A session waiting for its second factor lives SESSION_IDLE_MINUTES at most.
    const [row] = await em.query(
      `INSERT INTO session (token_hash, user_id, last_seen_at, expires_at, stage)
       VALUES ($1, $2, now(), now() + CASE WHEN $4 = 'full' THEN make_interval(hours => $3) ELSE make_interval(mins => $5) END, $4) RETURNING id`,
      [hashToken(token), userId, this.config.sessionMaxHours, stage, this.config.sessionIdleMinutes],
    );
    return { token, sessionId: row.id };
  }

  /**
   * Actor for a live session of an active user, or undefined. Refreshes `last_seen_at` at most once a
   * minute (one UPDATE doubles as the lookup). A prepared statement: it runs on every request.
   */
  async resolve(token: string): Promise<Actor | undefined> {
    const rows = await preparedQuery<Record<string, string>>(
      this.db,
      `WITH live AS (
         SELECT s.id, s.last_seen_at FROM session s
         JOIN app_user u ON u.id = s.user_id AND u.active
         WHERE s.token_hash = $1 AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(mins => $2)
       ), touched AS (
         UPDATE session SET last_seen_at = now()
         WHERE id IN (SELECT id FROM live WHERE last_seen_at < now() - interval '1 minute')
       )
       SELECT live.id AS session_id, u.id AS user_id, u.role, u.organisation_id, o.territory_id, s.stage
       FROM live JOIN session s ON s.id = live.id
       JOIN app_user u ON u.id = s.user_id JOIN organisation o ON o.id = u.organisation_id`,
      [hashToken(token), this.config.sessionIdleMinutes],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      sessionId: r.session_id,
      userId: r.user_id,
      role: r.role as Actor['role'],
      organisationId: r.organisation_id,
      territoryId: r.territory_id,
      stage: r.stage as SessionStage,
    };
  }

  /** Every factor checked: the session is replaced by a full one under a new token (no fixation). */
  async promote(sessionId: string, userId: string, em: EntityManager): Promise<{ token: string; sessionId: string }> {
    await this.destroy(sessionId, em);
    return this.create(userId, em);
  }

  async destroy(sessionId: string, em: EntityManager = this.db.manager): Promise<void> {
    await em.query('DELETE FROM session WHERE id = $1', [sessionId]);
  }

  /** Ends every session of these users (disabled account, password change). */
  async destroyForUsers(userIds: string[], em: EntityManager = this.db.manager): Promise<void> {
    await em.query('DELETE FROM session WHERE user_id = ANY($1::uuid[])', [userIds]);
  }
}
