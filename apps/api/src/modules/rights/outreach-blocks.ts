import { LABELS, type DetectableBenefit } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { UnprocessableError } from '../../common/errors/domain-errors';

function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A person who declined is not solicited again for that benefit until the block ends (CNIL
 * deliberation 2022-101): refuses a task or a next attempt that targets one of these rights (422).
 */
export async function assertRightsNotBlocked(em: EntityManager, rightIds: string[], today: string, field: string): Promise<void> {
  if (rightIds.length === 0) return;
  const rows: { benefit: DetectableBenefit; until: string }[] = await em.query(
    `SELECT r.benefit, max(ob.blocked_until) AS until
     FROM detected_right r
     JOIN outreach_block ob ON ob.household_id = r.household_id AND ob.benefit = r.benefit AND ob.blocked_until > $2::date
     WHERE r.id = ANY($1::uuid[])
     GROUP BY r.benefit ORDER BY r.benefit`,
    [rightIds, today],
  );
  if (rows.length === 0) return;
  const what = rows.map((r) => `« ${LABELS.benefit[r.benefit]} » (jusqu’au ${frenchDate(r.until)})`).join(', ');
  throw new UnprocessableError(
    `La personne a refusé d’être sollicitée pour ${what} : aucune tâche ni relance possible (délibération CNIL 2022-101)`,
    [{ field, message: 'refus de la personne en cours' }],
  );
}
