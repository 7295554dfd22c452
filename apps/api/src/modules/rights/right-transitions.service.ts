import { Inject, Injectable } from '@nestjs/common';
import { allowedFrom, LABELS, type DetectedRightStatus, type ValidTransition } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ConflictError, NotFoundError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { RemindersService } from '../notifications/reminders.service';
import { DetectedRightsRepository } from './detected-rights.repository';
import { RefusalRegistryService } from './refusal-registry.service';

export interface AppliedTransition {
  id: string;
  householdId: string;
  from: DetectedRightStatus;
  to: DetectedRightStatus;
  cancelledTaskIds: string[];
}

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
    private readonly repo: DetectedRightsRepository,
    private readonly reminders: RemindersService,
    private readonly refusals: RefusalRegistryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(em: EntityManager, actor: Actor, rightId: string, t: ValidTransition, today: string): Promise<AppliedTransition> {
    const row = await this.repo.applyStatus(
      em,
      rightId,
      {
        to: t.to,
        dismissReason: t.to === 'ecarte' ? t.reason : null,
        refusalReason: t.to === 'refuse' ? t.reason : null,
        grantedMonthlyAmountCents: t.to === 'accorde' ? t.grantedMonthlyAmountCents : null,
        grantedFrom: t.to === 'accorde' ? t.grantedFrom : null,
      },
      allowedFrom(t.to),
    );
    if (!row) {
      const status = await this.repo.status(em, rightId);
      if (!status) throw new NotFoundError();
      throw new ConflictError(`Transition impossible depuis l'état « ${LABELS.detectedRightStatus[status]} »`, [], { currentStatus: status });
    }
    const payload: Record<string, unknown> =
      t.to === 'accorde' ? { grantedMonthlyAmountCents: t.grantedMonthlyAmountCents, grantedFrom: t.grantedFrom } : {};
    await this.repo.insertTransition(em, { rightId, from: row.from, to: t.to, actorId: actor.userId, reason: 'reason' in t ? t.reason : null, note: t.note, payload });
    const fields = ['status', ...(t.to === 'ecarte' ? ['dismissReason'] : []), ...(t.to === 'refuse' ? ['refusalReason'] : []),
      ...(t.to === 'accorde' ? ['grantedMonthlyAmountCents', 'grantedFrom'] : []), ...(t.note ? ['note'] : [])];
    const entries: AuditEntry[] = [{ action: 'update', entityType: 'detected_right', entityId: rightId, householdId: row.householdId, fields }];
    let cancelledTaskIds: string[] = [];
    if (t.to === 'refus_personne') {
      // The person declines: all outreach to the household stops (its open tasks are cancelled), and the
      // refusal is kept under the members' identities so that it outlives the household record.
      await this.repo.blockOutreach(em, { householdId: row.householdId, benefit: row.benefit, today, months: this.config.refusalBlockMonths, rightId, createdBy: actor.userId });
      await this.refusals.remember(em, actor.organisationId, row.householdId, today);
      cancelledTaskIds = await this.repo.cancelOpenTasks(em, row.householdId);
      for (const id of cancelledTaskIds) entries.push({ action: 'update', entityType: 'task', entityId: id, householdId: row.householdId, fields: ['status'] });
    }
    await this.reminders.rightMoved(em, { id: rightId, organisationId: row.organisationId, benefit: row.benefit, to: t.to, grantedFrom: t.to === 'accorde' ? t.grantedFrom : null }, today);
    await this.audit.record(em, actor, entries);
    return { id: rightId, householdId: row.householdId, from: row.from, to: t.to, cancelledTaskIds };
  }
}
