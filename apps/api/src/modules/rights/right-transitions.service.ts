import { Inject, Injectable } from '@nestjs/common';
import { allowedFrom, LABELS, OPEN_RIGHT_STATUSES, type DetectedRightStatus, type ValidTransition } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ConflictError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService, type AuditEntry } from '../audit/audit.service';

export interface AppliedTransition {
  id: string;
  householdId: string;
  from: DetectedRightStatus;
  to: DetectedRightStatus;
  cancelledTaskIds: string[];
}

const OPEN = `(${OPEN_RIGHT_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Moves a detected right with one conditional UPDATE: the state machine of libs/domain gives the
 * states the target can be reached from, so a concurrent or stale request matches no row (409 with
 * the current state) instead of overwriting. Runs in the caller's transaction, with the history row,
 * the side effects and the audit event.
 */
@Injectable()
export class RightTransitionsService {
  constructor(
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(em: EntityManager, actor: Actor, rightId: string, t: ValidTransition, today: string): Promise<AppliedTransition> {
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [rows]: [{ id: string; household_id: string; benefit: string; from_status: DetectedRightStatus }[], number] = await em.query(
      `WITH old AS (SELECT id, status FROM detected_right WHERE id = $1 FOR UPDATE)
       UPDATE detected_right r SET status = $2::text::detected_right_status, status_changed_at = now(), updated_at = now(),
         dismiss_reason = CASE WHEN $2::text = 'ecarte' THEN $3::dismiss_reason ELSE r.dismiss_reason END,
         refusal_reason = CASE WHEN $2::text = 'refuse' THEN $4::refusal_reason ELSE r.refusal_reason END,
         granted_monthly_amount_cents = CASE WHEN $2::text = 'accorde' THEN $5::int ELSE r.granted_monthly_amount_cents END,
         granted_from = CASE WHEN $2::text = 'accorde' THEN $6::date ELSE r.granted_from END
       FROM old
       WHERE r.id = old.id AND old.status = ANY($7::detected_right_status[])
       RETURNING r.id, r.household_id, r.benefit, old.status AS from_status`,
      [
        rightId,
        t.to,
        t.to === 'ecarte' ? t.reason : null,
        t.to === 'refuse' ? t.reason : null,
        t.to === 'accorde' ? t.grantedMonthlyAmountCents : null,
        t.to === 'accorde' ? t.grantedFrom : null,
        allowedFrom(t.to),
      ],
    );
    if (rows.length === 0) {
      const [current] = await em.query('SELECT status FROM detected_right WHERE id = $1', [rightId]);
      const status = current.status as DetectedRightStatus;
      throw new ConflictError(`Transition impossible depuis l'état « ${LABELS.detectedRightStatus[status]} »`, [], { currentStatus: status });
    }
    const [row] = rows;
    const payload: Record<string, unknown> =
      t.to === 'accorde' ? { grantedMonthlyAmountCents: t.grantedMonthlyAmountCents, grantedFrom: t.grantedFrom } : {};
    await em.query(
      `INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, reason, note, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [rightId, row.from_status, t.to, actor.userId, 'reason' in t ? t.reason : null, t.note, JSON.stringify(payload)],
    );
    const fields = ['status', ...(t.to === 'ecarte' ? ['dismissReason'] : []), ...(t.to === 'refuse' ? ['refusalReason'] : []),
      ...(t.to === 'accorde' ? ['grantedMonthlyAmountCents', 'grantedFrom'] : []), ...(t.note ? ['note'] : [])];
    const entries: AuditEntry[] = [{ action: 'update', entityType: 'detected_right', entityId: rightId, householdId: row.household_id, fields }];
    let cancelledTaskIds: string[] = [];
    if (t.to === 'refus_personne') cancelledTaskIds = await this.blockOutreach(em, actor, row.household_id, row.benefit, rightId, today, entries);
    await this.audit.record(em, actor, entries);
    return { id: rightId, householdId: row.household_id, from: row.from_status, to: t.to, cancelledTaskIds };
  }

  /** The person declines: block outreach for that benefit, cancel the open tasks that targeted it. */
  private async blockOutreach(em: EntityManager, actor: Actor, householdId: string, benefit: string, rightId: string, today: string, entries: AuditEntry[]) {
    await em.query(
      `INSERT INTO outreach_block (household_id, benefit, blocked_until, right_id, created_by)
       VALUES ($1, $2, ($3::date + make_interval(months => $4::int))::date, $5, $6)`,
      [householdId, benefit, today, this.config.refusalBlockMonths, rightId, actor.userId],
    );
    // Tasks about this benefit: linked to one of its rights, or a contact/campaign task whose rights
    // are all of this benefit or already closed.
    const cancelled: { id: string }[] = (
      await em.query(
        `UPDATE task t SET status = 'annulee', updated_at = now()
         WHERE t.household_id = $1 AND t.status IN ('a_faire', 'en_cours') AND (
           t.detected_right_id IN (SELECT id FROM detected_right WHERE household_id = $1 AND benefit = $2)
           OR (t.contact_id IS NOT NULL
               AND EXISTS (SELECT 1 FROM contact_right cr JOIN detected_right r ON r.id = cr.detected_right_id
                           WHERE cr.contact_id = t.contact_id AND r.benefit = $2)
               AND NOT EXISTS (SELECT 1 FROM contact_right cr JOIN detected_right r ON r.id = cr.detected_right_id
                               WHERE cr.contact_id = t.contact_id AND r.benefit <> $2 AND r.status IN ${OPEN}))
           OR t.id IN (SELECT ch.task_id FROM campaign_household ch
                       WHERE ch.household_id = $1 AND ch.task_id IS NOT NULL AND $3::uuid = ANY(ch.detected_right_ids)
                         AND NOT EXISTS (SELECT 1 FROM detected_right r WHERE r.id = ANY(ch.detected_right_ids)
                                         AND r.benefit <> $2 AND r.status IN ${OPEN})))
         RETURNING t.id`,
        [householdId, benefit, rightId],
      )
    )[0];
    for (const task of cancelled) entries.push({ action: 'update', entityType: 'task', entityId: task.id, householdId, fields: ['status'] });
    return cancelled.map((c) => c.id);
  }
}
