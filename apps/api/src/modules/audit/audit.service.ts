import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntityType } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AuditRepository } from './audit.repository';

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  householdId?: string | null;
  /** Field names only, never values. */
  fields?: string[];
  /** A list response: the households it displayed. */
  householdIds?: string[];
}

/** Writes audit events with the caller's EntityManager, i.e. inside the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  async record(em: EntityManager, actor: Pick<Actor, 'userId' | 'organisationId'>, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.repo.insert(em, actor, entries);
  }

  /**
   * The one event of a list response (whatever its length): the filter names used, never their
   * values, and the households it displayed, so that each person's access history shows it.
   */
  async recordList(em: EntityManager, actor: Pick<Actor, 'userId' | 'organisationId'>, entityType: AuditEntityType, fields: string[], householdIds: string[]): Promise<void> {
    await this.repo.insert(em, actor, [{ action: 'list', entityType, fields: [...fields].sort(), householdIds: [...new Set(householdIds)] }]);
  }

  /** A list's SELECT with its audit event written by the same statement (AuditRepository.selectListed). */
  selectListed<T>(
    em: EntityManager,
    actor: Pick<Actor, 'userId' | 'organisationId'>,
    event: { entityType: AuditEntityType; fields: string[]; otherHouseholdIds?: string[]; onlyIfRows?: boolean },
    select: { sql: string; params: unknown[]; householdColumn: string | null },
  ): Promise<T[]> {
    return this.repo.selectListed<T>(em, actor, event, select);
  }
}
