// Minimal rows for worker integration tests and the campaign benchmark (raw SQL, no API code).
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';

export interface OrgFixture {
  territoryId: string;
  organisationId: string;
  userId: string;
  otherUserId: string;
}

export async function createOrganisation(pool: Pool, code = `T${randomUUID().slice(0, 8)}`): Promise<OrgFixture> {
  const territoryId = randomUUID(), organisationId = randomUUID(), userId = randomUUID(), otherUserId = randomUUID();
  await pool.query(`INSERT INTO territory (id, code, name) VALUES ($1, $2, 'Territoire de test')`, [territoryId, code]);
  await pool.query(`INSERT INTO organisation (id, name, kind, territory_id) VALUES ($1, 'CCAS de test', 'ccas', $2)`, [organisationId, territoryId]);
  await pool.query(
    `INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash)
     VALUES ($1, $3, 'Intervenante', 'social_worker', $2, 'x'), ($4, $5, 'Intervenant', 'social_worker', $2, 'x')`,
    [userId, organisationId, `${userId}@test.fr`, otherUserId, `${otherUserId}@test.fr`],
  );
  return { territoryId, organisationId, userId, otherUserId };
}

export interface MemberSpec {
  birthDate?: string | null;
  relationship?: 'demandeur' | 'conjoint' | 'enfant' | 'autre';
  activity?: 'salarie' | 'independant' | 'chomeur' | 'etudiant' | 'retraite' | 'inactif' | null;
  incomes?: { kind: string; monthlyAmountCents: number; startMonth?: string; endMonth?: string | null }[];
}

export interface HouseholdSpec {
  members?: MemberSpec[];
  housingStatus?: 'locataire' | 'proprietaire' | 'heberge' | 'sans_domicile' | null;
  monthlyRentCents?: number | null;
  referentId?: string | null;
  receivedBenefits?: { benefit: string; monthlyAmountCents: number }[];
}

let seq = 0;

export async function insertHousehold(pool: Pool, org: OrgFixture, spec: HouseholdSpec = {}): Promise<{ id: string; personIds: string[] }> {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO household (id, reference, organisation_id, territory_id, referent_id, housing_status, housing_type, monthly_rent_cents, housing_aid_zone, commune_insee)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 2, '69123')`,
    [id, `HH-T-${++seq}-${id.slice(0, 6)}`, org.organisationId, org.territoryId, spec.referentId === undefined ? org.userId : spec.referentId,
      spec.housingStatus === undefined ? 'locataire' : spec.housingStatus, (spec.housingStatus ?? 'locataire') === 'locataire' ? 'vide' : null,
      spec.monthlyRentCents === undefined ? 50_000 : spec.monthlyRentCents],
  );
  const personIds: string[] = [];
  for (const m of spec.members ?? [{}]) {
    const personId = randomUUID();
    personIds.push(personId);
    await pool.query(
      `INSERT INTO person (id, household_id, first_name, last_name, birth_date, relationship, activity) VALUES ($1, $2, 'Camille', 'Test', $3, $4, $5)`,
      [personId, id, m.birthDate === undefined ? '1985-03-10' : m.birthDate, m.relationship ?? 'demandeur', m.activity === undefined ? 'inactif' : m.activity],
    );
    for (const i of m.incomes ?? []) await addIncome(pool, personId, i);
  }
  for (const b of spec.receivedBenefits ?? []) {
    await pool.query(`INSERT INTO received_benefit (household_id, benefit, monthly_amount_cents) VALUES ($1, $2, $3)`, [id, b.benefit, b.monthlyAmountCents]);
  }
  return { id, personIds };
}

export async function addIncome(pool: Pool, personId: string, i: { kind: string; monthlyAmountCents: number; startMonth?: string; endMonth?: string | null }) {
  await pool.query(
    `INSERT INTO income (person_id, kind, monthly_amount_cents, start_month, end_month) VALUES ($1, $2, $3, $4, $5)`,
    [personId, i.kind, i.monthlyAmountCents, i.startMonth ?? '2024-01', i.endMonth ?? null],
  );
}

/** Polls `check` until it returns true (integration tests waiting on jobs enqueued by other jobs). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
