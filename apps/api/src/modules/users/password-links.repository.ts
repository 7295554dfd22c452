// SQL of password links: created hashed, claimed once by a conditional UPDATE, replaced by newer ones.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PasswordLinkPurpose } from './password-link.entity';

export interface LiveLinkRow {
  id: string;
  user_id: string;
  purpose: PasswordLinkPurpose;
  expires_at: Date;
  email: string;
  display_name: string;
  organisation_id: string;
}

@Injectable()
export class PasswordLinksRepository {
  /** A new link for the user; every earlier unused one stops working. */
  async create(em: EntityManager, userId: string, tokenHash: string, purpose: PasswordLinkPurpose, createdById: string | null, hours: number): Promise<Date> {
    await this.revoke(em, userId);
    const [row]: { expires_at: Date }[] = await em.query(
      `INSERT INTO password_link (token_hash, user_id, purpose, created_by_id, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING expires_at`,
      [tokenHash, userId, purpose, createdById, hours],
    );
    return row.expires_at;
  }

  /** Ends the user's unused links (newer link, reset, deactivation). */
  async revoke(em: EntityManager, userId: string): Promise<void> {
    await em.query(`UPDATE password_link SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  /** The unused, unexpired link of an active account with this token hash, locked until the transaction ends. */
  async findLive(em: EntityManager, tokenHash: string): Promise<LiveLinkRow | undefined> {
    const [row]: LiveLinkRow[] = await em.query(
      `SELECT l.id, l.user_id, l.purpose, l.expires_at, u.email, u.display_name, u.organisation_id
       FROM password_link l JOIN app_user u ON u.id = l.user_id AND u.active
       WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now()
       FOR UPDATE OF l`,
      [tokenHash],
    );
    return row;
  }

  /** Claims the link: true once, false for every later (or concurrent) attempt. */
  async claim(em: EntityManager, id: string): Promise<boolean> {
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE password_link SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  async setPassword(em: EntityManager, userId: string, passwordHash: string | null): Promise<void> {
    await em.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  /** E-mail addresses of the active managers of these organisations (the account's own excepted). */
  async managerEmails(em: EntityManager, organisationIds: string[], exceptUserId: string): Promise<string[]> {
    const rows: { email: string }[] = await em.query(
      `SELECT email FROM app_user WHERE organisation_id = ANY($1::uuid[]) AND role = 'manager' AND active AND id <> $2 ORDER BY email`,
      [organisationIds, exceptUserId],
    );
    return rows.map((r) => r.email);
  }
}
