import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18 (bulk detection speed). Two plans that went wrong on a territory's first import, when the
// planner's statistics still describe nearly empty tables:
// - recours_refresh_household_gain (called by the detected_right statement triggers) joined the changed
//   households to detected_right with a hash join over a sequential scan of every right: 125 ms per
//   batch of 500 households at 200 000 rights, growing with the table. It now aggregates each household's
//   rights in a LATERAL subquery, which can only be an index look-up by household_id, whatever the
//   statistics say. Same columns, same values.
// - the detection batch ("the next 500 households of this import not screened yet", in household order)
//   read every remaining row of the import, joined each to household and sorted them before taking 500:
//   150 ms a batch. A partial index on the rows still to screen, in that order, lets it stop at 500.
const OPEN_RIGHT_STATUSES = `'detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee'`;
const COHORT_STATUSES = `'detecte', 'confirme'`;
const R_ANNUAL = `(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)`;

const GAIN_COLUMNS = `coalesce(round(sum(${R_ANNUAL} * recours_confidence_weight(r.confidence)) FILTER (WHERE r.status IN (${OPEN_RIGHT_STATUSES}))), 0)::bigint AS gain,
                     count(r.id) FILTER (WHERE r.status IN (${COHORT_STATUSES}))::int AS cohort_n,
                     coalesce(sum(${R_ANNUAL}) FILTER (WHERE r.status IN (${COHORT_STATUSES})), 0)::bigint AS cohort_cents`;

const refreshGain = (perHousehold: string) => `CREATE OR REPLACE FUNCTION recours_refresh_household_gain(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      UPDATE household h SET open_gain_cents = s.gain, cohort_right_count = s.cohort_n, cohort_annual_cents = s.cohort_cents
        FROM (${perHousehold}) s
       WHERE h.id = s.id
         AND (h.open_gain_cents, h.cohort_right_count, h.cohort_annual_cents) IS DISTINCT FROM (s.gain, s.cohort_n, s.cohort_cents)
    $$`;

export class DetectionAtScale1796820000000 implements MigrationInterface {
  name = 'DetectionAtScale1796820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      refreshGain(`SELECT x.id, g.gain, g.cohort_n, g.cohort_cents
                FROM unnest(ids) AS x(id)
                CROSS JOIN LATERAL (SELECT ${GAIN_COLUMNS} FROM detected_right r WHERE r.household_id = x.id) g`),
    );
    await queryRunner.query(`CREATE INDEX import_household_pending_idx ON import_household (import_id, household_id) WHERE detected_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX import_household_pending_idx`);
    await queryRunner.query(
      refreshGain(`SELECT x.id, ${GAIN_COLUMNS}
                FROM unnest(ids) AS x(id)
                LEFT JOIN detected_right r ON r.household_id = x.id
               GROUP BY x.id`),
    );
  }
}
