import { Inject, Injectable } from '@nestjs/common';
import type { DetectableBenefit } from '@recours/domain';
import { identityHashes } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { RefusalIdentitiesRepository } from './refusal-identities.repository';

/**
 * Keeps a refusal beyond its household (CNIL deliberation 2022-101) under keyed hashes of the
 * members' identities (libs/outreach-sql refusal-identity.ts), per organisation. Every method runs in
 * the caller's transaction.
 */
@Injectable()
export class RefusalRegistryService {
  constructor(
    private readonly repo: RefusalIdentitiesRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After a refusal and before a deletion: the household's active blocks, kept under its members' identities. */
  async remember(em: EntityManager, organisationId: string, householdId: string, today: string): Promise<void> {
    const hashes = await this.hashes(em, householdId);
    await this.repo.purgeExpired(em, today);
    if (hashes.length) await this.repo.remember(em, organisationId, householdId, hashes, today);
  }

  /**
   * A household was created or imported, or got members: a member who refused outreach (even in a
   * since-deleted household of the organisation) brings the block back on this household, audited.
   * What was restored (nothing in the usual case). Call it after the members are written.
   */
  async restore(em: EntityManager, actor: Pick<Actor, 'userId' | 'organisationId'>, householdId: string, today: string): Promise<{ benefit: DetectableBenefit; blockedUntil: string }[]> {
    const hashes = await this.hashes(em, householdId);
    if (hashes.length === 0) return [];
    await this.repo.purgeExpired(em, today);
    const rows = await this.repo.restore(em, actor.organisationId, householdId, hashes, today);
    await this.audit.record(em, actor, rows.map(() => ({ action: 'create', entityType: 'outreach_block', householdId, fields: ['benefit', 'blockedUntil'] })));
    return rows.map((r) => ({ benefit: r.benefit, blockedUntil: r.blocked_until }));
  }

  /** The person lifted their refusal: nothing kept under their household's identities any more. */
  async forget(em: EntityManager, organisationId: string, householdId: string): Promise<void> {
    const hashes = await this.hashes(em, householdId);
    if (hashes.length) await this.repo.forget(em, organisationId, hashes);
  }

  private async hashes(em: EntityManager, householdId: string): Promise<string[]> {
    return identityHashes(this.config.refusalIdentitySecret, await this.repo.members(em, householdId));
  }
}
