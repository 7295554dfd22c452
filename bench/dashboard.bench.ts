// The manager's dashboard at a département's scale: every /api/stats route through the real API,
// beside the same indicator computed by its query on the raw tables, in the same run.
//   npm run bench:dashboard -- [--households 1000000] [--org 100000] [--requests 20] [--raw-runs 2] [--keep]
//   npm run bench:dashboard -- --database <kept database> --households N --org M [--no-refresh]   (re-use a kept load)
// Creates a scratch database (migrated) and loads it with SQL (generate_series), triggers, foreign keys
// and secondary indexes off during the load: N households in 10 organisations (`--org` of them in the
// manager's) over 250 communes, 2 detected rights each (80 % detected together, as a detection run does;
// 20 % the second one later) with their claim and exit transitions, 5N contacts (1 in 5 about a right),
// 5N audit events, N/20 referrals with their events, 4 launched campaigns of the manager's organisation
// (one with a 20 % control group). Then refreshes the rollups (timed, as the worker's stats.refresh
// does), boots the API in-process and, for the manager (organisation) and the territory coordinator
// (territory), times `--requests` sequential requests per route (default period: twelve months, whole
// months, read from the rollups) and `--raw-runs` runs of the same indicator's query on the tables,
// printing both totals so they can be compared. The database is dropped at the end unless --keep.
import { refreshStatsRollups } from '@recours/outreach-sql';
import { baseDatabaseUrl, createMigratedDatabase, dropDatabase, freePort, migrateDatabase, urlForDatabase } from '@recours/testing';
import { generate } from 'otplib';
import { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { createApp } from '../apps/api/src/app.factory';
import type { OrgScope } from '../apps/api/src/common/access/org-scope';
import { hashPassword } from '../apps/api/src/common/auth/passwords';
import { loadConfig } from '../apps/api/src/config/config';
import { newTotpSecret } from '../apps/api/src/modules/auth/totp/totp-codes';
import { ActivityRepository } from '../apps/api/src/modules/stats/activity.repository';
import { IndicatorsRepository } from '../apps/api/src/modules/stats/indicators.repository';
import { ReferralStatsRepository } from '../apps/api/src/modules/stats/referral-stats.repository';
import { periodOf } from '../apps/api/src/modules/stats/stats-filter';

// Response bodies and rows, read loosely for the printed totals.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('households', 1_000_000);
const ORG_N = arg('org', Math.min(100_000, N));
const REQUESTS = arg('requests', 20);
const RAW_RUNS = arg('raw-runs', 2);
const REUSE = process.argv.includes('--database') ? process.argv[process.argv.indexOf('--database') + 1] : null;
const KEEP = process.argv.includes('--keep') || REUSE !== null;
// With --database: skip both refreshes (the rollups as the kept database has them; a new view is filled by its migration).
const REFRESH = !process.argv.includes('--no-refresh');
const PASSWORD = 'banc-recours-2026';
const TERRITORY = '00000000-0000-4000-8000-000000000001';
const ORG0 = '00000000-0000-4000-8001-000000000000';
const LOADED_TABLES = ['household', 'detected_right', 'detected_right_transition', 'contact', 'contact_right', 'audit_event', 'referral', 'referral_event'];

const org = (n: string) => `('00000000-0000-4000-8001-' || lpad((${n})::text, 12, '0'))::uuid`;
const orgNo = (i: string) => `(CASE WHEN ${i} <= ${ORG_N} THEN 0 ELSE 1 + ${i} % 9 END)`;
const user = (o: string, u: string) => `('00000000-0000-4000-8002-' || lpad(((${o}) * 100 + (${u}))::text, 12, '0'))::uuid`;
const hid = (i: string) => `md5('h' || ${i})::uuid`;
const BENEFITS = `ARRAY['rsa','prime_activite','aide_logement','cheque_energie','css','allocations_familiales','aah','aspa']`;
const benefit = (i: string, k: string) => `(${BENEFITS})[1 + (${i} % 8 + ${k} * (1 + ${i} % 7)) % 8]::detectable_benefit`;
// Detection over the last 24 months; the second right of 1 household in 5 detected 20 to 170 days later.
const detectedAt = (i: string, k: string) =>
  `least(now() - interval '1 hour', now() - make_interval(days => (${i}::bigint * 7919 % 730)::int) + CASE WHEN ${k} = 1 AND ${i} % 5 = 0 THEN make_interval(days => 20 + ${i} % 150) ELSE interval '0' END)`;
const STATUSES = `ARRAY['detecte','detecte','detecte','detecte','detecte','detecte','confirme','confirme','confirme','informe','informe','demande_en_cours','demande_deposee','accorde','accorde','accorde','refuse','refus_personne','ecarte','abandonne']`;

async function load(pool: Pool): Promise<void> {
  const t0 = Date.now();
  const c = await pool.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const s = Date.now();
    await c.query(sql, params);
    console.log(`  ${label}: ${((Date.now() - s) / 1000).toFixed(1)} s`);
  };
  try {
    await c.query(`SET session_replication_role = replica; SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'`);
    const { rows: indexes } = await c.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
      [LOADED_TABLES],
    );
    await c.query(indexes.map((i) => `DROP INDEX "${i.name}";`).join('\n'));
    await step('territory, 10 organisations, 100 users', `
      INSERT INTO territory (id, code, name) VALUES ('${TERRITORY}', 'BANC', 'Département du banc');
      INSERT INTO organisation (id, name, kind, territory_id) SELECT ${org('o')}, 'Organisation ' || o, 'ccas', '${TERRITORY}' FROM generate_series(0, 9) o;
      INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash)
        SELECT ${user('o', 'u')}, 'u' || o || '-' || u || '@banc.test', 'Intervenant·e ' || o || '-' || u,
               (CASE WHEN o = 0 AND u = 0 THEN 'manager' WHEN o = 0 AND u = 1 THEN 'admin' ELSE 'social_worker' END)::user_role, ${org('o')}, 'x'
        FROM generate_series(0, 9) o, generate_series(0, 9) u`);
    await c.query(`UPDATE app_user SET password_hash = $1`, [await hashPassword(PASSWORD)]);
    await step(`${N} households (250 communes)`, `
      INSERT INTO household (id, reference, commune_insee, commune_name, organisation_id, territory_id, status, created_at, updated_at, applicant_first_name, applicant_last_name, member_count)
      SELECT ${hid('i')}, 'HH-2026-' || lpad(i::text, 7, '0'), '23' || lpad((i % 250)::text, 3, '0'), 'Commune ' || (i % 250),
             ${org(orgNo('i'))}, '${TERRITORY}', 'active', now() - interval '2 years', now(), 'Prénom', 'Nom', 1
      FROM generate_series(1, ${N}) i`);
    await step(`${2 * N} detected rights`, `
      INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence,
                                  evaluated_period, detected_at, status_changed_at, granted_monthly_amount_cents)
      SELECT ${hid('i')}, ${org(orgNo('i'))}, '${TERRITORY}', ${benefit('i', 'k')}, s.status::detected_right_status, 5000 + (i * 7 + k * 13) % 60000,
             (CASE WHEN (i + k) % 8 = 3 THEN 'annuel' ELSE 'mensuel' END)::amount_period, 'haute', '2026-11', d.at,
             CASE WHEN s.status IN ('detecte') THEN d.at ELSE least(now(), d.at + make_interval(days => (i * 13 + k) % 120)) END,
             CASE WHEN s.status = 'accorde' THEN 5000 + (i * 11 + k) % 60000 END
      FROM generate_series(1, ${N}) i, generate_series(0, 1) k
      CROSS JOIN LATERAL (SELECT (${STATUSES})[1 + (i * 3 + k * 7) % 20] AS status) s
      CROSS JOIN LATERAL (SELECT ${detectedAt('i', 'k')} AS at) d`);
    await step('transitions (claims filed, exits)', `
      INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, at)
      SELECT dr.id, 'demande_en_cours'::detected_right_status, 'demande_deposee'::detected_right_status, dr.detected_at + (dr.status_changed_at - dr.detected_at) / 2
      FROM detected_right dr WHERE dr.status IN ('demande_deposee', 'accorde', 'refuse')
      UNION ALL
      SELECT dr.id, CASE WHEN dr.status = 'ecarte' THEN 'detecte' ELSE 'informe' END::detected_right_status, dr.status, dr.status_changed_at
      FROM detected_right dr WHERE dr.status IN ('refus_personne', 'abandonne', 'ecarte')`);
    const h = `(j % ${N} + 1)`;
    await step(`${5 * N} contacts`, `
      INSERT INTO contact (id, household_id, organisation_id, author_id, channel, outcome, occurred_at, created_at, updated_at)
      SELECT md5('c' || j)::uuid, ${hid(h)}, ${org(orgNo(h))}, ${user(orgNo(h), `(j / 3) % 10`)},
             (ARRAY['telephone','telephone','sms','courrier','email','visite_domicile','permanence'])[1 + j % 7]::contact_channel,
             (ARRAY['joint','non_joint','non_joint','rdv_pris','mauvais_numero','refus'])[1 + (j / 7) % 6]::contact_outcome,
             now() - make_interval(secs => (j::bigint * 104729 % 63072000)::int), now(), now()
      FROM generate_series(1, ${5 * N}) j`);
    await step('contacts about a right (1 in 5)', `
      INSERT INTO contact_right (contact_id, detected_right_id)
      SELECT md5('c' || j)::uuid, dr.id FROM generate_series(5, ${5 * N}, 5) j
      JOIN detected_right dr ON dr.household_id = ${hid(h)} AND dr.benefit = ${benefit(h, '0')}`);
    await step(`${5 * N} audit events`, `
      INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, occurred_at)
      SELECT ${user(orgNo(h), '0')}, ${org(orgNo(h))}, 'read', 'household', ${hid(h)}, ${hid(h)}, now() - make_interval(secs => (j::bigint * 7919 % 31536000)::int)
      FROM generate_series(1, ${5 * N}) j`);
    await step(`${N / 20} referrals with their events`, `
      INSERT INTO referral (id, household_id, territory_id, sender_organisation_id, sender_user_id, recipient_organisation_id, status, outcome,
                            outcome_monthly_amount_cents, created_at, updated_at, status_changed_at)
      SELECT md5('r' || i)::uuid, ${hid('i')}, '${TERRITORY}', ${org(orgNo('i'))}, ${user(orgNo('i'), '0')}, ${org(`(${orgNo('i')} + 1 + i % 3) % 10`)}, s.status::referral_status,
             CASE WHEN s.status = 'cloturee' THEN (ARRAY['droit_ouvert','droit_refuse','sans_suite'])[1 + i % 3]::referral_outcome END,
             CASE WHEN s.status = 'cloturee' AND i % 3 = 0 THEN 20000 + i % 30000 END, t.at, t.at, t.at + interval '6 days'
      FROM generate_series(20, ${N}, 20) i
      CROSS JOIN LATERAL (SELECT (ARRAY['envoyee','accusee','acceptee','declinee','en_cours','cloturee','annulee','expiree'])[1 + (i / 20) % 8] AS status) s
      CROSS JOIN LATERAL (SELECT now() - make_interval(days => 7 + (i::bigint * 31 % 400)::int) AS at) t;
      INSERT INTO referral_event (referral_id, from_status, to_status, actor_organisation_id, at)
      SELECT r.id, 'envoyee'::referral_status, 'accusee'::referral_status, r.recipient_organisation_id, r.created_at + make_interval(hours => 6 + (get_byte(decode(md5(r.id::text), 'hex'), 0) % 200))
      FROM referral r WHERE r.status NOT IN ('envoyee', 'annulee', 'expiree')
      UNION ALL
      SELECT r.id, 'accusee'::referral_status, CASE WHEN r.status = 'declinee' THEN 'declinee' ELSE 'acceptee' END::referral_status, r.recipient_organisation_id, r.created_at + interval '5 days'
      FROM referral r WHERE r.status IN ('acceptee', 'declinee', 'en_cours', 'cloturee')`);
    await step(`${indexes.length} indexes`, indexes.map((i) => `${i.def};`).join('\n'));
    await c.query('SET session_replication_role = DEFAULT');
    await step('4 launched campaigns of the manager’s organisation', `
      INSERT INTO campaign (id, organisation_id, territory_id, name, status, launched_at, created_by, control_share, control_seed, target_count)
      SELECT md5('camp' || n)::uuid, '${ORG0}', '${TERRITORY}', 'Campagne ' || n, 'terminee', now() - make_interval(days => 30 + n * 60),
             ${user('0', '0')}, CASE WHEN n = 1 THEN 20 ELSE 0 END, CASE WHEN n = 1 THEN 7 END, ${Math.ceil(ORG_N / 10)}
      FROM generate_series(1, 4) n;
      INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids, control)
      SELECT md5('camp' || n)::uuid, ${hid('i')}, ARRAY(SELECT dr.id FROM detected_right dr WHERE dr.household_id = ${hid('i')}), n = 1 AND i % 5 = 0
      FROM generate_series(1, 4) n, generate_series(1, ${ORG_N}) i WHERE i % 10 = n`);
    await step('VACUUM ANALYZE', `VACUUM ANALYZE ${[...LOADED_TABLES, 'campaign_household'].join(', ')}`);
    console.log(`  loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    c.release();
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);

async function main() {
  const databaseUrl = REUSE ? urlForDatabase(baseDatabaseUrl(), REUSE) : await createMigratedDatabase('recours_bench_dashboard');
  if (REUSE) await migrateDatabase(databaseUrl);
  console.log(`database ${new URL(databaseUrl).pathname.slice(1)}${REUSE ? ' (--database: re-used, migrated, kept)' : KEEP ? ' (--keep: kept)' : ''}`);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  let api: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    if (!REUSE) {
      console.log(`loading ${N} households (${ORG_N} in the manager's organisation)…`);
      await load(pool);
    }
    if (REFRESH) {
      const { refreshedAt, durationMs } = await refreshStatsRollups(pool, { everyMs: 600_000, concurrently: false });
      console.log(`  rollups filled in ${ms(durationMs)} (REFRESH MATERIALIZED VIEW), data as of ${refreshedAt.toISOString()}`);
    }
    const { rows: sizes } = await pool.query<{ name: string; rows: string; size: string }>(
      `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size FROM pg_class c
       WHERE c.relkind = 'm' AND c.relname LIKE 'stats_%' ORDER BY c.relname`,
    );
    console.log(`  rollups: ${sizes.map((s) => `${s.name} ${s.rows} rows ${s.size}`).join(', ')}`);

    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', REFUSAL_IDENTITY_SECRET: 'banc-secret-de-refus-0123456789abcdef', SMTP_URL: 'smtp://127.0.0.1:1025', REDIS_KEY_PREFIX: `bench:${port}:`, QUEUE_PREFIX: `bench-${port}` });
    api = await createApp(config);
    await api.listen(port, '127.0.0.1');
    const ds = api.get(DataSource);
    const indicators = api.get(IndicatorsRepository, { strict: false });
    const activity = api.get(ActivityRepository, { strict: false });
    const referrals = api.get(ReferralStatsRepository, { strict: false });
    // The coordinator (an admin) signs in with the second factor, as their authenticator app would give it.
    const totpSecret = newTotpSecret();
    await pool.query(`UPDATE app_user SET totp_secret = $1, totp_enabled_at = now() WHERE role = 'admin'`, [totpSecret]);
    const post = (path: string, body: unknown, cookie = '') =>
      fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const login = async (email: string) => {
      let res = await post('/api/auth/login', { email, password: PASSWORD });
      let cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      const body: Json = res.status === 200 ? await res.json() : await res.text();
      if (body?.twoFactor?.pending === 'code') {
        res = await post('/api/auth/totp/verify', { code: await generate({ secret: totpSecret }) }, cookie);
        cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] || cookie;
      }
      if (res.status !== 200 || !cookie) throw new Error(`login ${email} → ${res.status} ${JSON.stringify(body)}`);
      return cookie;
    };
    const period = periodOf({});
    type Raw = (em: EntityManager, scope: OrgScope) => Promise<unknown>;
    type Family = { route: string; raw: Raw; total: (body: Json) => string };
    const totalOf = (rows: Json[]) => rows.find((r) => (r.dimension ? r.dimension === 'total' : r.benefit === null)) ?? {};
    const families: Family[] = [
      { route: 'funnel', raw: (em, s) => indicators.funnel(em, s, {}, period), total: (t) => `détectés ${t.detected}, accordés ${t.granted}` },
      { route: 'rights-opened', raw: (em, s) => indicators.rightsOpened(em, s, {}, period), total: (t) => `droits ${t.rights}, ${Math.round(t.annualCents / 100)} €/an` },
      { route: 'time-to-right', raw: (em, s) => indicators.timeToRight(em, s, {}, period), total: (t) => `dépôts ${t.claims}, médiane ${t.claimMedianDays} j` },
      { route: 'outreach', raw: (em, s) => activity.outreach(em, s, {}, period), total: (t) => `contacts ${t.contacts}, foyers ${t.households}` },
      { route: 'referrals', raw: async (em, s) => (await referrals.referrals(em, s, {}, period)).sent, total: (t) => `envoyées ${t.referrals}, accusées ${t.acknowledged}` },
      { route: 'campaigns', raw: (em, s) => activity.campaigns(em, s, {}, period), total: (t) => `campagnes ${t.length}, ciblés ${t.reduce((a: number, c: { targeted: number }) => a + c.targeted, 0)}` },
    ];
    const apiTotal = (route: string, body: Json) => (route === 'referrals' ? body.sent.total : route === 'campaigns' ? body.campaigns : body.total);
    const rawTotal = (route: string, rows: Json) => (route === 'campaigns' ? rows : totalOf(rows));

    console.log(`\nperiod ${period.from} → ${period.to}; API: ${REQUESTS} sequential requests after 2 warm-ups; raw query on the tables: ${RAW_RUNS} runs\n`);
    console.log('| who | route | source | API p50 | API p99 | API total | raw query, best | raw query, worst | raw total |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const who of [
      { label: `manager (${ORG_N / 1000}k households)`, email: 'u0-0@banc.test', scope: { level: 'organisation', organisationId: ORG0 } as OrgScope },
      { label: `coordinator (${N / 1000}k households)`, email: 'u0-1@banc.test', scope: { level: 'territory', territoryId: TERRITORY } as OrgScope },
    ]) {
      const cookie = await login(who.email);
      for (const f of families) {
        const times: number[] = [];
        let body: Json;
        for (let n = 0; n < REQUESTS + 2; n++) {
          const t = performance.now();
          const res = await fetch(`http://127.0.0.1:${port}/api/stats/${f.route}`, { headers: { cookie } });
          body = await res.json();
          if (res.status !== 200) throw new Error(`${f.route} → ${res.status} ${JSON.stringify(body)}`);
          if (n >= 2) times.push(performance.now() - t);
        }
        const raw: number[] = [];
        let rows: Json;
        for (let n = 0; n < RAW_RUNS; n++) {
          const t = performance.now();
          rows = await ds.transaction('REPEATABLE READ', (em) => f.raw(em, who.scope));
          raw.push(performance.now() - t);
        }
        console.log(
          `| ${who.label} | /api/stats/${f.route} | ${body.source} | ${ms(pct(times, 0.5))} | ${ms(pct(times, 0.99))} | ${f.total(apiTotal(f.route, body))} | ${ms(Math.min(...raw))} | ${ms(Math.max(...raw))} | ${f.total(rawTotal(f.route, rows))} |`,
        );
      }
    }
    // What the worker's stats.refresh job runs every STATS_REFRESH_EVERY_MS: the dashboard reads meanwhile.
    if (REFRESH) {
      const again = await refreshStatsRollups(pool, { everyMs: 600_000 });
      console.log(`\nrollups refreshed again as the worker does (REFRESH MATERIALIZED VIEW CONCURRENTLY, nothing changed): ${ms(again.durationMs)}`);
    }
  } finally {
    await api?.close();
    await pool.end();
    if (!KEEP) {
      await dropDatabase(databaseUrl);
      console.log(`\ndatabase ${new URL(databaseUrl).pathname.slice(1)} dropped`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
