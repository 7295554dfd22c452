// SQL of the bulk actions. Every query runs after AccessService has checked all ids against the
// actor's organisation, inside the action's transaction.
import type { DetectedRightStatus, TaskStatus } from '@recours/domain';
import type { EntityManager } from 'typeorm';

export function taskStatuses(em: EntityManager, ids: string[]): Promise<{ id: string; status: TaskStatus }[]> {
  return em.query('SELECT id, status FROM task WHERE id = ANY($1::uuid[]) ORDER BY id', [ids]);
}

/** The rights, locked until the transaction ends so two closes of the same right do not cross. */
export function lockRights(em: EntityManager, ids: string[]): Promise<{ id: string; household_id: string; status: DetectedRightStatus }[]> {
  return em.query('SELECT id, household_id, status FROM detected_right WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
}

/** Sets the referent of the households that do not have it yet; returns the ids changed. */
export async function setReferent(em: EntityManager, ids: string[], referentId: string): Promise<string[]> {
  const [changed]: [{ id: string }[], number] = await em.query(
    `UPDATE household SET referent_id = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND referent_id IS DISTINCT FROM $2 RETURNING id`,
    [ids, referentId],
  );
  return changed.map((h) => h.id);
}
