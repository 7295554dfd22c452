// SQL of the second factor: the user's secrets, the last accepted step, the recovery codes.
import { Injectable } from '@nestjs/common';
import type { UserRole } from '@recours/domain';
import type { EntityManager } from 'typeorm';

export interface TotpUserRow {
  id: string;
  email: string;
  role: UserRole;
  organisation_id: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
}

@Injectable()
export class TotpRepository {
  /** Locks the user's row: enrolment, confirmation and sign-in codes of one person are serialised. */
  async lockUser(em: EntityManager, userId: string): Promise<TotpUserRow | undefined> {
    const [row]: TotpUserRow[] = await em.query(
      `SELECT id, email, role, organisation_id, totp_secret, totp_pending_secret, totp_enabled_at, totp_last_step
       FROM app_user WHERE id = $1 AND active FOR UPDATE`,
      [userId],
    );
    return row;
  }

  async setPending(em: EntityManager, userId: string, secret: string): Promise<void> {
    await em.query(`UPDATE app_user SET totp_pending_secret = $2 WHERE id = $1`, [userId, secret]);
  }

  async enable(em: EntityManager, userId: string, step: number): Promise<void> {
    await em.query(
      `UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2, updated_at = now() WHERE id = $1`,
      [userId, step],
    );
  }

  /** Records the step of an accepted code; false when that step (or a later one) was already used. */
  async claimStep(em: EntityManager, userId: string, step: number): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `WITH claimed AS (UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id)
       SELECT id FROM claimed`,
      [userId, step],
    );
    return rows.length === 1;
  }

  async disable(em: EntityManager, userId: string): Promise<void> {
    await em.query(
      `UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now() WHERE id = $1`,
      [userId],
    );
    await em.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
  }

  async replaceRecoveryCodes(em: EntityManager, userId: string, hashes: string[]): Promise<void> {
    await em.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
    await em.query(`INSERT INTO totp_recovery_code (user_id, code_hash) SELECT $1, unnest($2::varchar[])`, [userId, hashes]);
  }

  async unusedRecoveryCodes(em: EntityManager, userId: string): Promise<{ id: string; code_hash: string }[]> {
    return em.query(`SELECT id, code_hash FROM totp_recovery_code WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async countUnusedRecoveryCodes(em: EntityManager, userId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM totp_recovery_code WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    return n;
  }

  /** Single use: false when another request used it first. */
  async useRecoveryCode(em: EntityManager, id: string): Promise<boolean> {
    // A SELECT over the UPDATE: the driver answers an UPDATE with [rows, count].
    const rows: unknown[] = await em.query(`WITH used AS (UPDATE totp_recovery_code SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id) SELECT id FROM used`, [id]);
    return rows.length === 1;
  }
}
