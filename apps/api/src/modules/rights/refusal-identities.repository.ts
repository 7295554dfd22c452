// SQL of the refusals kept by identity (refused_identity); the statements come from libs/outreach-sql
// so that the worker's imports run the same ones.
import { Injectable } from '@nestjs/common';
import type { DetectableBenefit } from '@recours/domain';
import { forgetRefusalsQuery, purgeExpiredRefusalsQuery, rememberRefusalsQuery, restoreRefusalsQuery, type IdentityInput } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';

@Injectable()
export class RefusalIdentitiesRepository {
  /** Last name, first name and birth date of the household's members. */
  members(em: EntityManager, householdId: string): Promise<IdentityInput[]> {
    return em.query(
      `SELECT first_name AS "firstName", last_name AS "lastName", birth_date::text AS "birthDate" FROM person WHERE household_id = $1`,
      [householdId],
    );
  }

  /** Deletes the refusals at term, all organisations. */
  async purgeExpired(em: EntityManager, today: string): Promise<void> {
    const q = purgeExpiredRefusalsQuery(today);
    await em.query(q.sql, q.params);
  }

  async remember(em: EntityManager, organisationId: string, householdId: string, hashes: string[], today: string): Promise<void> {
    const q = rememberRefusalsQuery(organisationId, householdId, hashes, today);
    await em.query(q.sql, q.params);
  }

  async restore(em: EntityManager, organisationId: string, householdId: string, hashes: string[], today: string): Promise<{ benefit: DetectableBenefit; blocked_until: string }[]> {
    const q = restoreRefusalsQuery(organisationId, householdId, hashes, today);
    return em.query(q.sql, q.params);
  }

  async forget(em: EntityManager, organisationId: string, hashes: string[]): Promise<void> {
    const q = forgetRefusalsQuery(organisationId, hashes);
    await em.query(q.sql, q.params);
  }
}
