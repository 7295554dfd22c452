// Phase 2 of an import: the staged rows become households, persons and incomes, set-based (one
// statement per step whatever the number of rows), inside the caller's transaction — so an import is
// written entirely or not at all.
//
// Matching, before anything is created, against the persons of the same organisation:
//   1. the partner's reference (partner_reference), when the row has one and it is known;
//   2. folded last name + first name + birth date (recours_name_key: accents, case, hyphens);
//   3. otherwise, a resembling person (trigram similarity of the folded names, same birth date, or
//      same last name when a birth date is missing) sends the row to the review queue instead.
// Rows matched at level 1 or 2 update that household (non-empty imported values win) and record, per
// field, the file and line it came from (field_provenance). A household an import created took every
// field from one line, recorded once in import_household (outcome 'cree', line): its fields get no
// field_provenance row until another import (or a merge) changes them — so the provenance of a field
// is its field_provenance row, else the line of the import that created the household. (One row per
// field of every created household was 15 rows per imported line: the largest write of a 1M-row import.)
import type { SqlClient } from '@recours/detection';

/** Fields of the household and the person that an import can set, with their staging column. */
const HOUSEHOLD_FIELDS = ['address', 'postcode', 'commune_name', 'commune_insee', 'housing_status', 'housing_type', 'monthly_rent_cents', 'housing_aid_zone'] as const;
const PERSON_FIELDS = ['birth_date', 'phone', 'email', 'activity'] as const;
export const SIMILARITY_THRESHOLD = 0.5;

export interface ApplyContext {
  importId: string;
  organisationId: string;
  territoryId: string;
  /** The user who uploaded the file: author of the audit events. */
  actorId: string;
  /** 'YYYY-MM': first month of imported incomes. */
  month: string;
  /** 'YYYY': year of the new households' references. */
  year: string;
}

/** A review decision: this staged line goes into that person's household, or into a new one (null). */
export interface ForcedMatch {
  line: number;
  target: { householdId: string; personId: string } | null;
}

export interface ApplyResult {
  householdsCreated: number;
  householdsUpdated: number;
  rowsReview: number;
  rowsDuplicate: number;
}

export async function applyStaging(tx: SqlClient, ctx: ApplyContext, forced?: ForcedMatch): Promise<ApplyResult> {
  const p = [ctx.importId, ctx.organisationId];
  await tx.query(`CREATE TEMP TABLE import_match (line integer PRIMARY KEY, household_id uuid NOT NULL, person_id uuid NOT NULL, how text NOT NULL) ON COMMIT DROP`);
  await tx.query(`CREATE TEMP TABLE import_new (line integer PRIMARY KEY, household_id uuid NOT NULL, person_id uuid NOT NULL, seq bigint NOT NULL) ON COMMIT DROP`);
  // The lines this run writes: every staged line not waiting for review, or the one line decided.
  const scope = forced ? `s.import_id = $1 AND s.line = ${Number(forced.line)}` : `s.import_id = $1 AND NOT EXISTS (SELECT 1 FROM import_review v WHERE v.import_id = $1 AND v.line = s.line)`;
  let rowsDuplicate = 0;
  let rowsReview = 0;
  if (forced) {
    if (forced.target) {
      await tx.query(`INSERT INTO import_match VALUES ($1, $2, $3, 'fusion')`, [forced.line, forced.target.householdId, forced.target.personId]);
    }
  } else {
    rowsDuplicate = await rejectDuplicates(tx, ctx.importId);
    await tx.query(
      `INSERT INTO import_match
       SELECT s.line, r.household_id, r.person_id, 'reference'
         FROM import_staging s JOIN partner_reference r ON r.organisation_id = $2 AND r.reference = s.partner_reference
        WHERE ${scope}`,
      p,
    );
    await tx.query(
      `INSERT INTO import_match
       SELECT DISTINCT ON (s.line) s.line, o.household_id, o.id, 'identite'
         FROM import_staging s
         JOIN (SELECT p.id, p.household_id, p.birth_date, recours_name_key(p.last_name) AS ln, recours_name_key(p.first_name) AS fn
                 FROM person p JOIN household h ON h.id = p.household_id
                WHERE h.organisation_id = $2 AND p.birth_date IS NOT NULL) o
           ON o.birth_date = s.birth_date AND o.ln = recours_name_key(s.last_name) AND o.fn = recours_name_key(s.first_name)
        WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM import_match m WHERE m.line = s.line)
        ORDER BY s.line, o.id`,
      p,
    );
    rowsReview = await queueLookalikes(tx, ctx, scope);
  }
  const householdsCreated = await createHouseholds(tx, ctx, scope);
  const householdsUpdated = await updateMatched(tx, ctx, scope);
  await recordReferencesAndProvenance(tx, ctx, scope);
  await tx.query(`DELETE FROM import_staging s WHERE ${scope}`, [ctx.importId]);
  await tx.query(`DROP TABLE import_match`);
  await tx.query(`DROP TABLE import_new`);
  return { householdsCreated, householdsUpdated, rowsReview, rowsDuplicate };
}

/** A second row with the same reference, or the same person (names and birth date), is reported, not imported. */
async function rejectDuplicates(tx: SqlClient, importId: string): Promise<number> {
  const res = await tx.query(
    `WITH keyed AS (
       SELECT line, partner_reference,
              first_value(line) OVER (PARTITION BY partner_reference ORDER BY line) AS by_reference,
              first_value(line) OVER (PARTITION BY recours_name_key(last_name), recours_name_key(first_name), birth_date ORDER BY line) AS by_identity
         FROM import_staging WHERE import_id = $1
     ), dup AS (
       SELECT line, partner_reference,
              CASE WHEN partner_reference IS NOT NULL AND by_reference <> line THEN by_reference END AS ref_line,
              CASE WHEN by_identity <> line THEN by_identity END AS identity_line
         FROM keyed
     ), gone AS (
       DELETE FROM import_staging s USING dup d
        WHERE s.import_id = $1 AND s.line = d.line
          AND (d.ref_line IS NOT NULL OR (d.identity_line IS NOT NULL AND s.birth_date IS NOT NULL AND s.partner_reference IS NULL))
       RETURNING s.line, d.partner_reference, d.ref_line, d.identity_line
     )
     INSERT INTO import_row_error (import_id, line, field, value, message)
     SELECT $1, line,
            CASE WHEN ref_line IS NOT NULL THEN 'reference_partenaire' END,
            CASE WHEN ref_line IS NOT NULL THEN partner_reference END,
            CASE WHEN ref_line IS NOT NULL THEN 'figure déjà ligne ' || ref_line
                 ELSE 'même personne (nom, prénom, date de naissance) que la ligne ' || identity_line END
       FROM gone`,
    [importId],
  );
  return res.rowCount ?? 0;
}

/** Level 3: the closest resembling person of the organisation, for rows matched neither by reference nor identity. */
async function queueLookalikes(tx: SqlClient, ctx: ApplyContext, scope: string): Promise<number> {
  const res = await tx.query(
    `WITH unmatched AS (
       SELECT s.line, s.birth_date, recours_name_key(s.last_name) AS ln, recours_name_key(s.last_name) || ' ' || recours_name_key(s.first_name) AS full_name
         FROM import_staging s
        WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM import_match m WHERE m.line = s.line)
     ), persons AS (
       SELECT p.id, p.household_id, p.birth_date, recours_name_key(p.last_name) AS ln,
              recours_name_key(p.last_name) || ' ' || recours_name_key(p.first_name) AS full_name
         FROM person p JOIN household h ON h.id = p.household_id
        WHERE h.organisation_id = $2
     ), candidates AS (
       SELECT u.line, o.id, o.household_id, similarity(u.full_name, o.full_name) AS score
         FROM unmatched u JOIN persons o ON o.birth_date = u.birth_date
       UNION ALL
       SELECT u.line, o.id, o.household_id, similarity(u.full_name, o.full_name)
         FROM unmatched u JOIN persons o ON o.ln = u.ln AND (o.birth_date IS NULL OR u.birth_date IS NULL)
     )
     INSERT INTO import_review (import_id, organisation_id, line, candidate_person_id, candidate_household_id, similarity)
     SELECT DISTINCT ON (line) $1, $2, line, id, household_id, score
       FROM candidates WHERE score >= ${SIMILARITY_THRESHOLD}
      ORDER BY line, score DESC, id`,
    [ctx.importId, ctx.organisationId],
  );
  return res.rowCount ?? 0;
}

/**
 * The number part of a household reference, as the API writes it (`padStart(5, '0')`): at least 5
 * digits, more past 99 999. (PostgreSQL's lpad cuts a longer text to the length: 100 000 became
 * `10000`, a reference already handed out, and the 1M-row import failed on the unique index.)
 */
export function householdNumber(sqlInteger: string): string {
  return `lpad((${sqlInteger})::text, greatest(5, length((${sqlInteger})::text)), '0')`;
}

/** Rows without a match: new households (references from the territory's sequence), applicants, incomes. */
async function createHouseholds(tx: SqlClient, ctx: ApplyContext, scope: string): Promise<number> {
  const fresh = await tx.query(
    `INSERT INTO import_new (line, household_id, person_id, seq)
     SELECT s.line, gen_random_uuid(), gen_random_uuid(), row_number() OVER (ORDER BY s.line)
       FROM import_staging s WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM import_match m WHERE m.line = s.line)`,
    [ctx.importId],
  );
  const n = fresh.rowCount ?? 0;
  if (n === 0) return 0;
  const seq = await tx.query<{ last: number }>(`UPDATE territory SET household_seq = household_seq + $2 WHERE id = $1 RETURNING household_seq AS last`, [ctx.territoryId, n]);
  const first = Number(seq.rows[0].last) - n;
  await tx.query(
    // With its applicant's names and member count filled in now, the trigger after the persons' INSERT
    // finds these households up to date and does not rewrite them (migration 1796720000000).
    `INSERT INTO household (id, reference, organisation_id, territory_id, ${HOUSEHOLD_FIELDS.join(', ')}, detection_requested_at,
                            applicant_first_name, applicant_last_name, member_count)
     SELECT n.household_id, 'HH-' || $3::text || '-' || ${householdNumber('(n.seq + $2::bigint)')}, $4::uuid, $5::uuid, ${HOUSEHOLD_FIELDS.map((f) => `s.${f}`).join(', ')}, now(),
            s.first_name, s.last_name, 1
       FROM import_new n JOIN import_staging s ON s.import_id = $1 AND s.line = n.line`,
    [ctx.importId, first, ctx.year, ctx.organisationId, ctx.territoryId],
  );
  await tx.query(
    `INSERT INTO person (id, household_id, first_name, last_name, relationship, ${PERSON_FIELDS.join(', ')})
     SELECT n.person_id, n.household_id, s.first_name, s.last_name, 'demandeur', ${PERSON_FIELDS.map((f) => `s.${f}`).join(', ')}
       FROM import_new n JOIN import_staging s ON s.import_id = $1 AND s.line = n.line`,
    [ctx.importId],
  );
  await tx.query(
    `INSERT INTO income (person_id, kind, monthly_amount_cents, start_month)
     SELECT n.person_id, coalesce(s.income_kind, 'salaire'), s.monthly_income_cents, $2::text
       FROM import_new n JOIN import_staging s ON s.import_id = $1 AND s.line = n.line
      WHERE s.monthly_income_cents IS NOT NULL`,
    [ctx.importId, ctx.month],
  );
  await tx.query(
    `INSERT INTO import_household (import_id, household_id, line, outcome) SELECT $1, household_id, line, 'cree' FROM import_new`,
    [ctx.importId],
  );
  await tx.query(
    `INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, fields)
     SELECT $1, $2, 'create', 'household', household_id, household_id, ARRAY['import'] FROM import_new`,
    [ctx.actorId, ctx.organisationId],
  );
  return n;
}

/** Rows matched to an existing person: the household and the person take the non-empty imported values. */
async function updateMatched(tx: SqlClient, ctx: ApplyContext, scope: string): Promise<number> {
  const rows = `(SELECT DISTINCT ON (m.household_id) m.*, s.* FROM import_match m JOIN import_staging s ON ${scope} AND s.line = m.line ORDER BY m.household_id, m.line DESC)`;
  const res = await tx.query(
    `UPDATE household h SET ${HOUSEHOLD_FIELDS.map((f) => `${f} = coalesce(x.${f}, h.${f})`).join(', ')}, detection_requested_at = now(), updated_at = now()
       FROM ${rows} x WHERE h.id = x.household_id AND h.organisation_id = $2`,
    [ctx.importId, ctx.organisationId],
  );
  await tx.query(
    `UPDATE person p SET ${PERSON_FIELDS.map((f) => `${f} = coalesce(s.${f}, p.${f})`).join(', ')}, updated_at = now()
       FROM import_match m JOIN import_staging s ON ${scope} AND s.line = m.line WHERE p.id = m.person_id`,
    [ctx.importId],
  );
  // The imported monthly income replaces the amount of the person's current income of that kind, or is added.
  await tx.query(
    `WITH x AS (SELECT m.person_id, coalesce(s.income_kind, 'salaire') AS kind, s.monthly_income_cents AS cents
                  FROM import_match m JOIN import_staging s ON ${scope} AND s.line = m.line WHERE s.monthly_income_cents IS NOT NULL),
          changed AS (UPDATE income i SET monthly_amount_cents = x.cents, updated_at = now() FROM x
                       WHERE i.person_id = x.person_id AND i.kind = x.kind AND i.end_month IS NULL RETURNING i.person_id, i.kind)
     INSERT INTO income (person_id, kind, monthly_amount_cents, start_month)
     SELECT x.person_id, x.kind, x.cents, $2::text FROM x WHERE NOT EXISTS (SELECT 1 FROM changed c WHERE c.person_id = x.person_id AND c.kind = x.kind)`,
    [ctx.importId, ctx.month],
  );
  await tx.query(
    `INSERT INTO import_household (import_id, household_id, line, outcome)
     SELECT DISTINCT ON (household_id) $1, household_id, line, CASE WHEN how = 'fusion' THEN 'fusionne' ELSE 'mis_a_jour' END
       FROM import_match ORDER BY household_id, line DESC
     ON CONFLICT (import_id, household_id) DO NOTHING`,
    [ctx.importId],
  );
  const fields = [...HOUSEHOLD_FIELDS, ...PERSON_FIELDS].map((f) => `CASE WHEN x.${f} IS NOT NULL THEN '${f}' END`).join(', ');
  await tx.query(
    `INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, fields)
     SELECT $2, $3, 'update', 'household', x.household_id, x.household_id, array_remove(ARRAY['import', ${fields}]::text[], NULL)
       FROM ${rows} x`,
    [ctx.importId, ctx.actorId, ctx.organisationId],
  );
  return res.rowCount ?? 0;
}

/** The partner's references (first one wins) and, per field an import changed, the file and line it came from. */
async function recordReferencesAndProvenance(tx: SqlClient, ctx: ApplyContext, scope: string): Promise<void> {
  const resolved = `(SELECT line, household_id, person_id FROM import_match UNION ALL SELECT line, household_id, person_id FROM import_new)`;
  await tx.query(
    `INSERT INTO partner_reference (organisation_id, reference, household_id, person_id, import_id)
     SELECT DISTINCT ON (s.partner_reference) $2, s.partner_reference, r.household_id, r.person_id, $1
       FROM ${resolved} r JOIN import_staging s ON ${scope} AND s.line = r.line
      WHERE s.partner_reference IS NOT NULL
      ORDER BY s.partner_reference, s.line
     ON CONFLICT (organisation_id, reference) DO NOTHING`,
    [ctx.importId, ctx.organisationId],
  );
  // Fields set on existing households and persons only (see the header: created ones are in import_household).
  const matched = `(SELECT line, household_id, person_id FROM import_match)`;
  const personFields = ['last_name', 'first_name', ...PERSON_FIELDS];
  const values = [
    ...HOUSEHOLD_FIELDS.map((f) => `(r.household_id, '${f}', s.${f} IS NOT NULL)`),
    ...personFields.map((f) => `(r.person_id, '${f}', s.${f} IS NOT NULL)`),
    `(r.person_id, 'monthly_income_cents', s.monthly_income_cents IS NOT NULL)`,
  ];
  await tx.query(
    `INSERT INTO field_provenance (entity_id, field, import_id, line)
     SELECT DISTINCT ON (f.entity_id, f.field) f.entity_id, f.field, $1, r.line
       FROM ${matched} r JOIN import_staging s ON ${scope} AND s.line = r.line
       CROSS JOIN LATERAL (VALUES ${values.join(', ')}) AS f(entity_id, field, present)
      WHERE f.present
      ORDER BY f.entity_id, f.field, r.line DESC
     ON CONFLICT (entity_id, field) DO UPDATE SET import_id = EXCLUDED.import_id, line = EXCLUDED.line, recorded_at = now()`,
    [ctx.importId],
  );
}
