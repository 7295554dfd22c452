// Lists, searches, "Ma journée", campaign preview and the household page at a département's scale.
//   node tools/run-ts.cjs bench/lists-at-scale.bench.ts [--households 1000000] [--org 100000] [--seconds 5]
//     [--rounds 2] [--connections 50] [--only <route name part>] [--keep] [--database <kept database>]
// Creates a scratch database (migrated), loads with SQL (generate_series): N households in 10
// organisations (`--org` of them in the signed-in one), 2.2 members each on average (French first
// names with accents, and "Helene"/"HÉLÈNE" spellings), 2 detected rights each, N/5 tasks, 3N audit
// events, 1 % of households under a refusal. Then boots the real API in-process (signed-in session)
// and a bare Fastify + pg server running hand-written SQL for the same answers (session lookup, the
// reads, the audit row), and drives both with 50 keep-alive connections in alternating rounds.
// Prints req/s, p50, p99 and errors per route, and the database size per table.
// --keep keeps the loaded database (its name is printed) and --database <name> runs on it again without
// reloading; BENCH_REUSE=1 does both under a name per volume (see reusableDatabase).
import { campaignPreviewQuery, type CampaignFilters } from '@recours/outreach-sql';
import { baseDatabaseUrl, createDatabase, createMigratedDatabase, dropDatabase, freePort, migrateDatabase, urlForDatabase } from '@recours/testing';
import Fastify from 'fastify';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { Pool } from 'pg';
import { createApp } from '../apps/api/src/app.factory';
import { hashPassword } from '../apps/api/src/common/auth/passwords';
import { loadConfig } from '../apps/api/src/config/config';
import { FEMALE, LAST, MALE } from '../apps/api/src/seed/demo-data';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const strArg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = arg('households', 1_000_000);
const ORG_N = arg('org', Math.min(100_000, N));
const SECONDS = arg('seconds', 5);
const ROUNDS = arg('rounds', 2);
const CONNECTIONS = arg('connections', 50);
const EMAIL = 'banc@recours.test';
const PASSWORD = 'banc-recours-2026';
const TIMEOUT_MS = 10_000;

// Accented spellings and their plain and upper-case variants, for the search.
const FIRST = [...FEMALE, ...MALE, 'Helene', 'HÉLÈNE', 'Hélène', 'Francois', 'Zoé'];

// Each generated value is one SQL expression of the row number `i` (and member `m` or right `k`), so
// the household's summary columns (applicant, member count, search text, gains, cohort, refusal) are
// computed in the same INSERT from the same expressions, instead of being refreshed by the triggers
// row by row: the load runs with triggers, foreign keys and secondary indexes off, then rebuilds the
// indexes and checks a sample of households against the triggers' own functions.
const BENEFITS = `ARRAY['rsa','prime_activite','aide_logement','cheque_energie','css','allocations_familiales','aah','aspa']`;
const ORG_ID = '00000000-0000-4000-8001-000000000000';
const orgOf = (i: string) => `('00000000-0000-4000-8001-' || lpad((CASE WHEN ${i} <= ${ORG_N} THEN 0 ELSE 1 + ${i} % 9 END)::text, 12, '0'))::uuid`;
const hid = (i: string) => `md5('h' || ${i})::uuid`;
const reference = (i: string) => `'HH-2026-' || lpad(${i}::text, 7, '0')`;
/** Members: the applicant, a partner for 40 %, children for 45 % (mean ≈ 2.2 persons per household). */
const memberCount = (i: string) => `(1 + CASE WHEN ${i} % 20 < 8 THEN 1 ELSE 0 END + CASE WHEN ${i} % 20 >= 11 THEN 1 + ${i} % 3 ELSE 0 END)`;
const firstName = (i: string, m: string) => `($1::text[])[(${i} * 31 + ${m} * 17) % cardinality($1::text[]) + 1]`;
const lastName = (i: string) => `($2::text[])[${i} % cardinality($2::text[]) + 1]`;
const right = {
  benefit: (i: string, k: string) => `(${BENEFITS})[1 + (${i} % 8 + ${k} * (1 + ${i} % 7)) % 8]::detectable_benefit`,
  status: (i: string, k: string) =>
    `(ARRAY['detecte','detecte','detecte','detecte','detecte','detecte','confirme','confirme','informe','demande_en_cours','ecarte','accorde','refuse'])[1 + (${i} * 3 + ${k}) % 13]::detected_right_status`,
  amount: (i: string, k: string) => `(5000 + (${i} * 7 + ${k} * 13) % 60000)`,
  period: (i: string, k: string) => `(CASE WHEN (${i} + ${k}) % 8 = 3 THEN 'annuel' ELSE 'mensuel' END)::amount_period`,
  confidence: (i: string, k: string) => `(ARRAY['haute','moyenne','faible'])[1 + (${i} + ${k}) % 3]::confidence`,
};
/** 1 % of households under a refusal (one benefit). */
const refused = (i: string) => `(${i} % 100 = 1)`;
const LOADED_TABLES = ['household', 'person', 'detected_right', 'outreach_block', 'task', 'audit_event'];

async function load(pool: Pool): Promise<void> {
  const t0 = Date.now();
  const c = await pool.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const s = Date.now();
    await c.query(sql, params);
    console.log(`  ${label}: ${((Date.now() - s) / 1000).toFixed(1)} s`);
  };
  try {
    await c.query(`SET session_replication_role = replica; SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 2`);
    const { rows: indexes } = await c.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
      [LOADED_TABLES],
    );
    await c.query(indexes.map((i) => `DROP INDEX "${i.name}";`).join('\n'));
    await step('territory, organisations, users', `
      INSERT INTO territory (id, code, name) VALUES ('00000000-0000-4000-8000-000000000001', 'BANC', 'Département du banc');
      INSERT INTO organisation (id, name, kind, territory_id)
        SELECT ('00000000-0000-4000-8001-' || lpad(o::text, 12, '0'))::uuid, 'Organisation ' || o, 'ccas', '00000000-0000-4000-8000-000000000001'
        FROM generate_series(0, 9) o;
      INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash)
        SELECT ('00000000-0000-4000-8002-' || lpad((o * 100 + u)::text, 12, '0'))::uuid,
               CASE WHEN o = 0 AND u = 0 THEN '${EMAIL}' ELSE 'u' || o || '-' || u || '@banc.test' END,
               'Intervenant·e ' || o || '-' || u, 'social_worker', ('00000000-0000-4000-8001-' || lpad(o::text, 12, '0'))::uuid, 'x'
        FROM generate_series(0, 9) o, generate_series(0, 9) u`);
    await c.query(`UPDATE app_user SET password_hash = $1 WHERE email = $2`, [await hashPassword(PASSWORD), EMAIL]);
    // Household i: organisation 0 for i ≤ ORG_N, else 1..9; referent (i / 7) % 10 of its organisation.
    const annual = `(CASE WHEN r.period = 'annuel' THEN r.amount ELSE r.amount * 12 END)`;
    await step(`${N} households`, `
      INSERT INTO household (id, reference, address, postcode, commune_insee, commune_name, housing_status, monthly_rent_cents,
                             housing_aid_zone, organisation_id, territory_id, referent_id, status, last_contact_on, created_at, updated_at,
                             applicant_first_name, applicant_last_name, member_count, search_text, open_gain_cents,
                             cohort_right_count, cohort_annual_cents, cohort_by_benefit, refusal_until)
      SELECT ${hid('i')}, ${reference('i')}, (i % 200) || ' rue de la République',
             c.postcode, c.insee, c.name, (ARRAY['locataire','proprietaire','heberge'])[1 + i % 3]::housing_status, 45000 + (i % 50) * 1000,
             1 + i % 3, ${orgOf('i')}, '00000000-0000-4000-8000-000000000001',
             CASE WHEN i % 13 = 0 THEN NULL ELSE ('00000000-0000-4000-8002-' || lpad(((CASE WHEN i <= ${ORG_N} THEN 0 ELSE 1 + i % 9 END) * 100 + (i / 7) % 10)::text, 12, '0'))::uuid END,
             CASE WHEN i % 10 = 0 THEN 'closed' ELSE 'active' END::household_status,
             CASE WHEN i % 4 = 0 THEN NULL ELSE date '2026-11-30' - (i::bigint * 7919 % 365)::int END,
             now() - make_interval(days => (i::bigint * 104729 % 730)::int), now() - make_interval(secs => (i::bigint * 15485863 % 31536000)::int),
             ${firstName('i', '0')}, ${lastName('i')}, ${memberCount('i')},
             recours_search_text(${reference('i')} || ' ' || p.names), g.gain, g.cohort_n, g.cohort_cents, g.by_benefit,
             CASE WHEN ${refused('i')} THEN date '2027-06-30' END
      FROM generate_series(1, ${N}) i
      CROSS JOIN LATERAL (SELECT (ARRAY['23000','23200','23300','87000','19100'])[1 + i % 5] AS postcode,
                                 (ARRAY['23096','23008','23176','87085','19031'])[1 + i % 5] AS insee,
                                 (ARRAY['Guéret','Aubusson','La Souterraine','Limoges','Brive-la-Gaillarde'])[1 + i % 5] AS name) c
      CROSS JOIN LATERAL (SELECT string_agg(${firstName('i', 'm')} || ' ' || ${lastName('i')}, ' ' ORDER BY m) AS names
                          FROM generate_series(0, ${memberCount('i')} - 1) m) p
      CROSS JOIN LATERAL (
        SELECT coalesce(round(sum(${annual} * recours_confidence_weight(r.confidence)) FILTER (WHERE r.status IN ('detecte','confirme','informe','demande_en_cours','demande_deposee'))), 0)::bigint AS gain,
               count(*) FILTER (WHERE r.status IN ('detecte','confirme'))::int AS cohort_n,
               coalesce(sum(${annual}) FILTER (WHERE r.status IN ('detecte','confirme')), 0)::bigint AS cohort_cents,
               coalesce((SELECT jsonb_object_agg(b.benefit::text, jsonb_build_array(b.n, b.cents))
                           FROM (SELECT r2.benefit, count(*) AS n, sum(r2.annual) AS cents FROM unnest(array_agg(r.benefit), array_agg(${annual}), array_agg(r.status)) AS r2(benefit, annual, status)
                                  WHERE r2.status IN ('detecte','confirme') GROUP BY r2.benefit) b), '{}') AS by_benefit
        FROM (SELECT ${right.benefit('i', 'k')} AS benefit, ${right.status('i', 'k')} AS status, ${right.amount('i', 'k')} AS amount, ${right.period('i', 'k')} AS period,
                     ${right.confidence('i', 'k')} AS confidence FROM generate_series(0, 1) k) r) g`, [FIRST, LAST]);
    // created_at one millisecond apart, in member order: the order the triggers' search text follows.
    await step('persons', `
      INSERT INTO person (household_id, first_name, last_name, birth_date, relationship, activity, created_at)
      SELECT ${hid('i')}, ${firstName('i', 'm')}, ${lastName('i')},
             date '1950-01-01' + ((i::bigint * 97 + m * 3001) % 20000)::int, CASE WHEN m = 0 THEN 'demandeur' WHEN m = 1 AND i % 20 < 8 THEN 'conjoint' ELSE 'enfant' END::relationship,
             CASE WHEN m < 2 THEN (ARRAY['salarie','chomeur','inactif','retraite'])[1 + (i + m) % 4]::activity END,
             timestamptz '2026-01-01' + make_interval(secs => m / 1000.0)
      FROM generate_series(1, ${N}) i
      CROSS JOIN LATERAL generate_series(0, ${memberCount('i')} - 1) m`, [FIRST, LAST]);
    await step(`${2 * N} detected rights`, `
      INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence, evaluated_period, detected_at, status_changed_at)
      SELECT ${hid('i')}, ${orgOf('i')}, '00000000-0000-4000-8000-000000000001', ${right.benefit('i', 'k')}, ${right.status('i', 'k')},
             ${right.amount('i', 'k')}, ${right.period('i', 'k')}, ${right.confidence('i', 'k')}, '2026-11',
             now() - make_interval(days => (i + k) % 365), now() - make_interval(days => (i + k) % 100)
      FROM generate_series(1, ${N}) i, generate_series(0, 1) k`);
    await step(`refusal blocks (1 %)`, `
      INSERT INTO outreach_block (household_id, benefit, blocked_until)
      SELECT ${hid('i')}, ${right.benefit('i', '0')}, date '2027-06-30' FROM generate_series(1, ${N}) i WHERE ${refused('i')}`);
    await step(`${N / 5} tasks`, `
      INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on, status)
      SELECT ${hid('i')}, ${orgOf('i')}, 'Rappeler le foyer',
             ('00000000-0000-4000-8002-' || lpad(((CASE WHEN i <= ${ORG_N} THEN 0 ELSE 1 + i % 9 END) * 100 + (i / 7) % 10)::text, 12, '0'))::uuid,
             date '2026-11-20' + (i % 40), (ARRAY['a_faire','a_faire','en_cours','faite'])[1 + i % 4]::task_status
      FROM generate_series(5, ${N}, 5) i WHERE i % 13 <> 0`);
    const j = `(j % ${N} + 1)`;
    await step(`${3 * N} audit events`, `
      INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, occurred_at)
      SELECT '00000000-0000-4000-8002-000000000000', ${orgOf(j)}, 'read', 'household', ${hid(j)}, ${hid(j)}, now() - make_interval(secs => j % 31536000)
      FROM generate_series(1, ${3 * N}) j`);
    await step(`${indexes.length} indexes`, indexes.map((i) => `${i.def};`).join('\n'));
    await c.query('SET session_replication_role = DEFAULT');
    // The organisations' campaign rollup, which the household trigger keeps on write (off during the load).
    await step('cohort rollup', 'SELECT recours_rebuild_cohort_rollup()');
    await step('VACUUM ANALYZE', `VACUUM ANALYZE ${LOADED_TABLES.join(', ')}`);
    // The summaries computed above must be what the triggers keep: refreshing a sample with the triggers'
    // own functions changes nothing.
    const SUMMARY = ['applicant_first_name', 'applicant_last_name', 'member_count', 'search_text', 'open_gain_cents', 'cohort_right_count', 'cohort_annual_cents', 'cohort_by_benefit', 'refusal_until'];
    await c.query(`BEGIN; CREATE TEMP TABLE sample ON COMMIT DROP AS SELECT id, ${SUMMARY.join(', ')} FROM household TABLESAMPLE SYSTEM (1) LIMIT 2000;
      SELECT recours_refresh_household_members(ARRAY(SELECT id FROM sample)), recours_refresh_household_gain(ARRAY(SELECT id FROM sample)),
             recours_refresh_household_refusal(ARRAY(SELECT id FROM sample))`);
    const { rows: [drift] } = await c.query<{ n: number; of: number }>(
      `SELECT count(*) FILTER (WHERE (${SUMMARY.map((k) => 's.' + k).join(', ')}) IS DISTINCT FROM (${SUMMARY.map((k) => 'h.' + k).join(', ')}))::int AS n, count(*)::int AS of
       FROM sample s JOIN household h USING (id)`);
    await c.query('ROLLBACK');
    if (drift.n > 0) throw new Error(`${drift.n} of ${drift.of} sampled households have summaries the triggers would change`);
    console.log(`  summaries checked on ${drift.of} households`);
    console.log(`  loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    c.release();
  }
}

/** The bare baseline: Fastify + pg, hand-written SQL, same session check and audit rows. */
async function bareServer(databaseUrl: string, port: number) {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, options: '-c jit=off' });
  const app = Fastify({ logger: false });
  const actor = async (cookie: string | undefined) => {
    const token = /recours_session=([^;]+)/.exec(cookie ?? '')?.[1];
    if (!token) return undefined;
    const { rows } = await pool.query<{ user_id: string; organisation_id: string }>(
      `SELECT u.id AS user_id, u.organisation_id FROM session s JOIN app_user u ON u.id = s.user_id AND u.active
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
    );
    return rows[0];
  };
  /**
   * A read and its audit row (the same row the API writes: for a list, the households displayed) in one
   * statement. `idColumn`: the page's household column for a list; `householdId`: a household read,
   * traced only when found.
   */
  const audited = async (
    a: { user_id: string; organisation_id: string },
    entity: string,
    sql: string,
    params: unknown[],
    target: { idColumn?: string; householdId?: string },
  ) => {
    const n = params.length;
    const ids = target.idColumn ? `ARRAY(SELECT DISTINCT ${target.idColumn} FROM page)` : 'NULL::uuid[]';
    const { rows } = await pool.query(
      `WITH page AS MATERIALIZED (${sql}),
       audit AS (INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, household_ids)
                 SELECT $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}::uuid, $${n + 5}::uuid, ${ids}
                 WHERE $${n + 5}::uuid IS NULL OR EXISTS (SELECT 1 FROM page))
       SELECT * FROM page`,
      [...params, a.user_id, a.organisation_id, target.householdId ? 'read' : 'list', entity, target.householdId ?? null],
    );
    return rows;
  };
  /** The same total as the API: none above 10 000 (planner estimate ≥ 30 000, or a capped count). */
  const total = async (from: string, params: unknown[]) => {
    const plan = await pool.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from}`, params);
    if (plan.rows[0]['QUERY PLAN'][0].Plan['Plan Rows'] >= 30_000) return null;
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} LIMIT 10001) c`, params);
    return rows[0].n > 10_000 ? null : rows[0].n;
  };
  // The columns the API's list answers (HOUSEHOLD_LIST_SELECT): the same answer, so the same bytes to read and send.
  const H_COLS = `h.id, h.reference, h.address, h.postcode, h.commune_insee, h.commune_name, h.housing_status, h.housing_type, h.monthly_rent_cents,
                  h.housing_aid_zone, h.organisation_id, h.territory_id, h.referent_id, h.status, h.last_contact_on, h.declaration_help_requested,
                  h.created_at, h.updated_at, u.display_name AS referent_name, h.applicant_first_name, h.applicant_last_name, h.member_count`;
  app.get('/households', async (req, reply) => {
    const a = await actor(req.headers.cookie);
    if (!a) return reply.code(401).send();
    const q = (req.query as { q?: string }).q;
    const where = q ? `h.organisation_id = $1 AND h.search_text LIKE '%' || recours_search_text($2) || '%'` : 'h.organisation_id = $1';
    const params = q ? [a.organisation_id, q] : [a.organisation_id];
    const rows = await audited(a, 'household', `SELECT ${H_COLS} FROM household h LEFT JOIN app_user u ON u.id = h.referent_id WHERE ${where} ORDER BY h.updated_at DESC, h.id DESC LIMIT 25`, params, { idColumn: 'id' });
    void reply.header('Content-Range', `households 0-24/${(await total(`household h WHERE ${where}`, params)) ?? '*'}`);
    return rows;
  });
  app.get('/detected-rights', async (req, reply) => {
    const a = await actor(req.headers.cookie);
    if (!a) return reply.code(401).send();
    const benefit = (req.query as { benefit?: string }).benefit;
    const annual = `(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)`;
    const where = `r.organisation_id = $1 ${benefit ? 'AND r.benefit = $2::detectable_benefit' : ''}`;
    const params = benefit ? [a.organisation_id, benefit] : [a.organisation_id];
    const rows = await audited(
      a,
      'detected_right',
      `SELECT r.*, h.reference, h.commune_name, h.applicant_first_name, h.applicant_last_name FROM detected_right r JOIN household h ON h.id = r.household_id
       WHERE ${where} ORDER BY ${annual} DESC, r.id DESC LIMIT 25`,
      params,
      { idColumn: 'household_id' },
    );
    void reply.header('Content-Range', `detected-rights 0-24/${(await total(`detected_right r WHERE ${where}`, params)) ?? '*'}`);
    return rows;
  });
  app.get('/my-day', async (req, reply) => {
    const a = await actor(req.headers.cookie);
    if (!a) return reply.code(401).send();
    const { rows: tasks } = await pool.query(
      `SELECT t.*, h.reference, h.applicant_first_name, h.applicant_last_name FROM task t JOIN household h ON h.id = t.household_id
       WHERE t.organisation_id = $1 AND t.assignee_id = $2 AND t.status IN ('a_faire','en_cours') AND t.due_on <= current_date
       ORDER BY t.due_on, t.priority DESC, t.id LIMIT 200`,
      [a.organisation_id, a.user_id],
    );
    // The 20 best stored gains of the referent's households without a running refusal, with their open rights.
    const households = await audited(
      a,
      'task',
      `SELECT h.id, h.reference, h.applicant_first_name, h.applicant_last_name, h.open_gain_cents AS gain,
              (SELECT json_agg(json_build_object('id', r.id, 'benefit', r.benefit, 'amount', r.estimated_amount_cents))
                 FROM detected_right r WHERE r.household_id = h.id AND r.status IN ('detecte','confirme','informe','demande_en_cours','demande_deposee')) AS rights
       FROM household h WHERE h.organisation_id = $1 AND h.referent_id = $2 AND h.status = 'active' AND h.open_gain_cents > 0
         AND (h.refusal_until IS NULL OR h.refusal_until <= current_date)
       ORDER BY h.open_gain_cents DESC, h.id LIMIT 20`,
      [a.organisation_id, a.user_id],
      { idColumn: 'id' },
    );
    return { tasks, households };
  });
  app.post('/campaigns/preview', async (req, reply) => {
    const a = await actor(req.headers.cookie);
    if (!a) return reply.code(401).send();
    // No better SQL for the same answer than the shared cohort query (one pass over the covering index).
    const preview = campaignPreviewQuery(req.body as CampaignFilters, a.organisation_id, new Date().toISOString().slice(0, 10));
    const [row] = await audited(a, 'campaign', preview.sql, preview.params, {});
    return row;
  });
  app.get('/households/:id', async (req, reply) => {
    const a = await actor(req.headers.cookie);
    if (!a) return reply.code(401).send();
    const id = (req.params as { id: string }).id;
    const [h] = await audited(
      a,
      'household',
      `SELECT h.*, (SELECT json_agg(p ORDER BY p.created_at) FROM (SELECT p.*, (SELECT json_agg(i) FROM income i WHERE i.person_id = p.id) AS incomes
                                                                   FROM person p WHERE p.household_id = h.id) p) AS members,
              (SELECT json_agg(b) FROM received_benefit b WHERE b.household_id = h.id) AS benefits
       FROM household h WHERE h.id = $1 AND h.organisation_id = $2`,
      [id, a.organisation_id],
      { householdId: id },
    );
    if (!h) return reply.code(404).send();
    return h;
  });
  await app.listen({ port, host: '127.0.0.1' });
  return { close: async () => (await app.close(), await pool.end()) };
}

interface Route {
  name: string;
  api: { method: 'GET' | 'POST'; path: string | (() => string); body?: unknown };
  bare: { method: 'GET' | 'POST'; path: string | (() => string); body?: unknown };
}

const q = (params: Record<string, unknown>) => '?' + Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`).join('&');

function request(agent: http.Agent, port: number, cookie: string, method: string, path: string, body?: unknown): Promise<number> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent, timeout: TIMEOUT_MS, headers: { cookie, ...(payload ? { 'content-type': 'application/json' } : {}) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    if (payload) req.write(payload);
    req.end();
  });
}

/** `CONNECTIONS` loops for `SECONDS`: req/s, p50, p99 (ms), failures (non-2xx or timeout). */
async function drive(port: number, cookie: string, spec: Route['api']) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const status = await request(agent, port, cookie, spec.method, typeof spec.path === 'function' ? spec.path() : spec.path, spec.body);
        latencies.push(performance.now() - t);
        if (status < 200 || status >= 300) failures++;
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { rps: latencies.length / SECONDS, p50: pct(0.5), p99: pct(0.99), failures, count: latencies.length };
}

/**
 * BENCH_REUSE=1: one database per volume (`recours_bench_scale_<households>_<org>`), loaded once and kept;
 * later migrations are run on it, and it is reloaded only when missing or left half-loaded.
 */
async function reusableDatabase(): Promise<{ databaseUrl: string; loaded: boolean }> {
  const databaseUrl = urlForDatabase(baseDatabaseUrl(), `recours_bench_scale_${N}_${ORG_N}`);
  const probe = new Pool({ connectionString: databaseUrl, max: 1 });
  const loaded = await probe
    .query('SELECT 1 FROM bench_load')
    .then((r) => r.rowCount === 1)
    .catch(() => false)
    .finally(() => probe.end());
  if (!loaded) {
    await dropDatabase(databaseUrl);
    await createDatabase(databaseUrl);
  }
  await migrateDatabase(databaseUrl);
  return { databaseUrl, loaded };
}

/** `--database NAME`: a database a `--keep` run loaded (migrated again for later migrations, never reloaded). */
async function namedDatabase(name: string): Promise<{ databaseUrl: string; loaded: boolean }> {
  const databaseUrl = urlForDatabase(baseDatabaseUrl(), name);
  const probe = new Pool({ connectionString: databaseUrl, max: 1 });
  const loaded = await probe
    .query('SELECT 1 FROM bench_load')
    .then((r) => r.rowCount === 1)
    .finally(() => probe.end());
  if (!loaded) throw new Error(`${name} was not loaded by this benchmark (no bench_load row)`);
  await migrateDatabase(databaseUrl);
  return { databaseUrl, loaded };
}

async function main() {
  const named = strArg('database');
  const reuse = process.env.BENCH_REUSE === '1' || named !== undefined;
  const keep = reuse || process.argv.includes('--keep');
  const { databaseUrl, loaded } = named
    ? await namedDatabase(named)
    : reuse
      ? await reusableDatabase()
      : { databaseUrl: await createMigratedDatabase('recours_bench_scale'), loaded: false };
  console.log(`database ${new URL(databaseUrl).pathname.slice(1)}${keep ? ' (kept: drop it with dropdb when done)' : ''}`);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  let api: Awaited<ReturnType<typeof createApp>> | undefined;
  let bare: Awaited<ReturnType<typeof bareServer>> | undefined;
  try {
    if (!loaded) {
      console.log(`loading ${N} households (${ORG_N} in the signed-in organisation)…`);
      await load(pool);
      await pool.query(`CREATE TABLE bench_load AS SELECT $1::int AS households, $2::int AS org`, [N, ORG_N]);
    }
    const apiPort = await freePort();
    const barePort = await freePort();
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', REFUSAL_IDENTITY_SECRET: 'banc-secret-de-refus-0123456789abcdef', SMTP_URL: 'smtp://127.0.0.1:1025', REDIS_KEY_PREFIX: `bench:${apiPort}:`, QUEUE_PREFIX: `bench-${apiPort}` });
    api = await createApp(config);
    await api.listen(apiPort, '127.0.0.1');
    bare = await bareServer(databaseUrl, barePort);

    const login = await fetch(`http://127.0.0.1:${apiPort}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    if (login.status !== 200 || !cookie) throw new Error(`login → ${login.status} ${await login.text()}`);
    const { rows: ids } = await pool.query<{ id: string }>(
      `SELECT id FROM household WHERE organisation_id = $1 ORDER BY id LIMIT 1000`,
      [ORG_ID],
    );
    let next = 0;
    const householdId = () => ids[next++ % ids.length].id;

    const routes: Route[] = [
      { name: 'households list, first page', api: { method: 'GET', path: `/api/households${q({ sort: ['updatedAt', 'DESC'], range: [0, 24] })}` }, bare: { method: 'GET', path: '/households' } },
      { name: 'households search "Hélène"', api: { method: 'GET', path: `/api/households${q({ filter: { q: 'Hélène' }, range: [0, 24] })}` }, bare: { method: 'GET', path: `/households?q=${encodeURIComponent('Hélène')}` } },
      { name: 'households search "helene"', api: { method: 'GET', path: `/api/households${q({ filter: { q: 'helene' }, range: [0, 24] })}` }, bare: { method: 'GET', path: '/households?q=helene' } },
      { name: 'rights by annual amount', api: { method: 'GET', path: `/api/detected-rights${q({ sort: ['annualAmountCents', 'DESC'], range: [0, 24] })}` }, bare: { method: 'GET', path: '/detected-rights' } },
      { name: 'rights, benefit = rsa', api: { method: 'GET', path: `/api/detected-rights${q({ filter: { benefit: 'rsa' }, sort: ['annualAmountCents', 'DESC'], range: [0, 24] })}` }, bare: { method: 'GET', path: '/detected-rights?benefit=rsa' } },
      { name: 'campaign preview, broad', api: { method: 'POST', path: '/api/campaigns/preview', body: { filters: {} } }, bare: { method: 'POST', path: '/campaigns/preview', body: {} } },
      { name: 'campaign preview, benefit = rsa', api: { method: 'POST', path: '/api/campaigns/preview', body: { filters: { benefits: ['rsa'] } } }, bare: { method: 'POST', path: '/campaigns/preview', body: { benefits: ['rsa'] } } },
      { name: 'Ma journée', api: { method: 'GET', path: '/api/my-day' }, bare: { method: 'GET', path: '/my-day' } },
      { name: 'household page', api: { method: 'GET', path: () => `/api/households/${householdId()}` }, bare: { method: 'GET', path: () => `/households/${householdId()}` } },
    ];
    const only = strArg('only');
    const results = new Map<string, { api: Awaited<ReturnType<typeof drive>>[]; bare: Awaited<ReturnType<typeof drive>>[] }>();
    for (const route of routes.filter((r) => !only || r.name.includes(only))) {
      const r = { api: [] as Awaited<ReturnType<typeof drive>>[], bare: [] as Awaited<ReturnType<typeof drive>>[] };
      for (let round = 0; round < ROUNDS; round++) {
        r.api.push(await drive(apiPort, cookie, route.api));
        r.bare.push(await drive(barePort, cookie, route.bare));
      }
      results.set(route.name, r);
      const best = (xs: Awaited<ReturnType<typeof drive>>[]) => xs.reduce((a, b) => (b.rps > a.rps ? b : a));
      const a = best(r.api), b = best(r.bare);
      console.log(
        `| ${route.name} | ${a.rps.toFixed(0)} | ${a.p50.toFixed(0)} | ${a.p99.toFixed(0)} | ${a.failures} | ${b.rps.toFixed(0)} | ${b.p50.toFixed(0)} | ${b.p99.toFixed(0)} | ${(a.rps / b.rps).toFixed(2)}× |`,
      );
    }
    console.log('\n(API | bare: req/s, p50 ms, p99 ms, failures; best of', ROUNDS, 'alternating rounds of', SECONDS, 's,', CONNECTIONS, 'connections)');
    const { rows: sizes } = await pool.query<{ table: string; rows: string; size: string }>(
      `SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 12`,
    );
    console.log('\n| table | rows (estimate) | size with indexes |\n|---|---|---|');
    for (const s of sizes) console.log(`| ${s.table} | ${s.rows} | ${s.size} |`);
  } finally {
    await api?.close();
    await bare?.close();
    await pool.end();
    if (!keep) await dropDatabase(databaseUrl);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
