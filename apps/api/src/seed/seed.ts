// Demo data: 2 territories, organisations of every kind, one account per role, ~500 households.
//   node tools/run-ts.cjs apps/api/src/seed/seed.ts           load once (skips when already seeded)
//   node tools/run-ts.cjs apps/api/src/seed/seed.ts --reset   wipe every table and reload
// Deterministic (seeded PRNG, stable ids); refuses to run when NODE_ENV=production.
import '../../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../common/auth/passwords';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../config/data-source-options';
import { migrate } from '../cli/db';
import { CASELOADS, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, ORGANISATIONS, TERRITORIES, USERS } from './demo-data';
import { generateHousehold } from './household-generator';
import { Prng } from './prng';
import { detectSeededHouseholds } from './seed-detection';
import { seedActivity } from './seed-activity';
import { seedReferrals } from './seed-referrals';

const TABLES = ['audit_event', 'session', 'login_throttle', 'income', 'person', 'received_benefit', 'household', 'app_user', 'organisation', 'territory'];

async function insertChunks(em: EntityManager, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${columns.map((c) => { params.push(r[c]); return `$${params.length}`; }).join(', ')})`);
    await em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

export async function seedDemo(ds: DataSource, opts: { reset?: boolean; log?: (m: string) => void } = {}): Promise<'seeded' | 'skipped'> {
  const log = opts.log ?? console.log;
  const [{ seeded }] = await ds.query(`SELECT EXISTS (SELECT 1 FROM app_user WHERE email = $1) AS seeded`, [USERS[0].email]);
  if (seeded && !opts.reset) {
    log('Données de démonstration déjà présentes (relancer avec --reset pour les recharger).');
    return 'skipped';
  }
  const rng = new Prng(20260115);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // hashed once, shared by every demo account
  await ds.transaction(async (em) => {
    if (opts.reset) await em.query(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
    const territoryIds = new Map<string, string>();
    for (const t of TERRITORIES) territoryIds.set(t.key, rng.uuid());
    const orgIds = new Map(ORGANISATIONS.map((o) => [o.key, rng.uuid()]));
    const userIds = new Map(USERS.map((u) => [u.email, rng.uuid()]));
    await insertChunks(em, 'territory', TERRITORIES.map((t) => ({ id: territoryIds.get(t.key), code: t.code, name: t.name })));
    await insertChunks(em, 'organisation', ORGANISATIONS.map((o) => ({ id: orgIds.get(o.key), name: o.name, kind: o.kind, territory_id: territoryIds.get(o.territory) })));
    await insertChunks(em, 'app_user', USERS.map((u) => ({
      id: userIds.get(u.email), email: u.email, display_name: u.displayName, role: u.role, organisation_id: orgIds.get(u.organisation), password_hash: passwordHash,
      // Admins must have a second factor: the demo's is a published key (README).
      totp_secret: u.role === 'admin' ? DEMO_ADMIN_TOTP_SECRET : null, totp_enabled_at: u.role === 'admin' ? new Date() : null,
    })));

    const households: Record<string, unknown>[] = [];
    const persons: Record<string, unknown>[] = [];
    const incomes: Record<string, unknown>[] = [];
    const benefits: Record<string, unknown>[] = [];
    const seq = new Map<string, number>();
    for (const load of CASELOADS) {
      const territory = TERRITORIES.find((t) => t.key === load.territory)!;
      for (let i = 0; i < load.count; i++) {
        const h = generateHousehold(rng, territory.communes, territory.aidZone);
        const referent = rng.weighted(load.referents);
        const n = (seq.get(load.territory) ?? 0) + 1;
        seq.set(load.territory, n);
        households.push({
          id: h.id, reference: `HH-2026-${String(n).padStart(5, '0')}`, address: h.address, postcode: h.postcode, commune_insee: h.communeInsee,
          commune_name: h.communeName, housing_status: h.housingStatus, housing_type: h.housingType, monthly_rent_cents: h.monthlyRentCents,
          housing_aid_zone: h.housingAidZone, organisation_id: orgIds.get(load.organisation), territory_id: territoryIds.get(load.territory),
          referent_id: referent ? userIds.get(referent) : null, status: h.status, last_contact_on: h.lastContactOn,
        });
        for (const p of h.members) {
          persons.push({
            id: p.id, household_id: h.id, first_name: p.firstName, last_name: p.lastName, birth_date: p.birthDate, relationship: p.relationship,
            activity: p.activity, disability_recognised: p.disabilityRecognised, incapacity_rate: p.incapacityRate, phone: p.phone, email: p.email,
          });
          for (const inc of p.incomes) {
            incomes.push({ id: inc.id, person_id: p.id, kind: inc.kind, monthly_amount_cents: inc.monthlyAmountCents, start_month: inc.startMonth, end_month: inc.endMonth });
          }
        }
        for (const b of h.benefits) benefits.push({ id: b.id, household_id: h.id, benefit: b.benefit, monthly_amount_cents: b.monthlyAmountCents, since: b.since });
      }
    }
    await insertChunks(em, 'household', households);
    await insertChunks(em, 'person', persons);
    await insertChunks(em, 'income', incomes);
    await insertChunks(em, 'received_benefit', benefits);
    for (const [key, n] of seq) await em.query('UPDATE territory SET household_seq = $1 WHERE id = $2', [n, territoryIds.get(key)]);
    log(`Démo chargée : ${TERRITORIES.length} territoires, ${ORGANISATIONS.length} organisations, ${USERS.length} comptes, ` +
      `${households.length} foyers, ${persons.length} personnes, ${incomes.length} revenus, ${benefits.length} prestations.`);
  });
  await detectSeededHouseholds(ds, log);
  await seedReferrals(ds, log);
  await seedActivity(ds, log);
  log(`Comptes : ${USERS.map((u) => u.email).join(', ')} — mot de passe « ${DEMO_PASSWORD} ».`);
  return 'seeded';
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.nodeEnv === 'production') {
    console.error('Refus : pas de comptes de démonstration en production (NODE_ENV=production).');
    process.exit(1);
  }
  await migrate(config.databaseUrl);
  const ds = new DataSource({ ...dataSourceOptions(config.databaseUrl), logging: ['error'] });
  await ds.initialize();
  try {
    await seedDemo(ds, { reset: process.argv.includes('--reset') });
  } finally {
    await ds.destroy();
  }
}

if (process.argv[1] && process.argv[1].replace(/\.(ts|js)$/, '') === __filename.replace(/\.(ts|js)$/, '')) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  });
}
