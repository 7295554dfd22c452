import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntityType } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  householdId?: string | null;
  /** Field names only, never values. */
  fields?: string[];
}

/** Writes audit events with the caller's EntityManager, i.e. inside the caller's transaction. */
@Injectable()
export class AuditService {
  async record(em: EntityManager, actor: Pick<Actor, 'userId' | 'organisationId'>, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      values.push(actor.userId, actor.organisationId, e.action, e.entityType, e.entityId ?? null, e.householdId ?? null, e.fields ?? []);
      const b = i * 7;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}::text[])`;
    });
    await em.query(
      `INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, fields) VALUES ${rows.join(', ')}`,
      values,
    );
  }
}
