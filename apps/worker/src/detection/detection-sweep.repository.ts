// SQL of the detection sweep: households whose detection is due.
import type { Pool } from 'pg';

/** A household due for detection, with its stamps in epoch milliseconds (text: bigint). */
export interface StaleHouseholdRow {
  id: string;
  requested_ms: string | null;
  detected_ms: string | null;
  fingerprint: string | null;
}

/**
 * One keyset page (ids after `after`) of active households never detected, changed since their last
 * detection, or detected with another ruleset than `fingerprint`.
 */
export async function staleHouseholds(pool: Pool, after: string, fingerprint: string, limit: number): Promise<StaleHouseholdRow[]> {
  const { rows } = await pool.query<StaleHouseholdRow>(
    `SELECT id,
            (extract(epoch FROM detection_requested_at) * 1000)::bigint::text AS requested_ms,
            (extract(epoch FROM detected_at) * 1000)::bigint::text AS detected_ms,
            detection_fingerprint AS fingerprint
       FROM household
      WHERE status = 'active' AND id > $1::uuid
        AND (detected_at IS NULL OR detection_requested_at > detected_at OR detection_fingerprint IS DISTINCT FROM $2)
      ORDER BY id
      LIMIT $3`,
    [after, fingerprint, limit],
  );
  return rows;
}
