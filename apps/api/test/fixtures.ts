import { DataSource } from 'typeorm';
import { hashPassword } from '../src/common/auth/passwords';

export interface Fixtures {
  territoryA: string;
  territoryB: string;
  orgA: string; // conseil départemental, territory A
  orgA2: string; // CCAS, territory A
  orgCaf: string; // CAF, territory A
  orgB: string; // territory B
  users: Record<'sw' | 'sw2' | 'partner' | 'manager' | 'admin' | 'swB' | 'managerB' | 'adminB' | 'disabled', { id: string; email: string }>;
  householdA: string; // orgA, referent sw, with 2 members, incomes, a benefit
  householdA2: string; // orgA2
  householdB: string; // orgB
  memberA: string;
  incomeA: string;
  benefitA: string;
  memberA2: string;
  rightA: string; // orgA, householdA, rsa, detecte
  contactA: string;
  taskA: string; // assigned to sw
  campaignA: string; // brouillon
}

export async function insert(db: DataSource, table: string, row: Record<string, unknown>): Promise<string> {
  const cols = Object.keys(row);
  const [r] = await db.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return r.id;
}

/** The fixture admins' TOTP key. */
export const FIXTURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export async function createFixtures(db: DataSource, password: string): Promise<Fixtures> {
  const hash = await hashPassword(password);
  const territoryA = await insert(db, 'territory', { code: '23', name: 'Creuse', household_seq: 10 });
  const territoryB = await insert(db, 'territory', { code: '69', name: 'Lyon' });
  const orgA = await insert(db, 'organisation', { name: 'CD Creuse', kind: 'conseil_departemental', territory_id: territoryA });
  const orgA2 = await insert(db, 'organisation', { name: 'CCAS Guéret', kind: 'ccas', territory_id: territoryA });
  const orgCaf = await insert(db, 'organisation', { name: 'CAF Creuse', kind: 'caf', territory_id: territoryA });
  const orgB = await insert(db, 'organisation', { name: 'Métropole', kind: 'conseil_departemental', territory_id: territoryB });
  const user = async (key: string, role: string, org: string, active = true) => {
    const email = `${key.toLowerCase()}@test.recours.fr`;
    // Admins must have a second factor: theirs is enrolled with a known key (t.login gives the code).
    const totp = role === 'admin' ? { totp_secret: FIXTURE_TOTP_SECRET, totp_enabled_at: new Date() } : {};
    return { id: await insert(db, 'app_user', { email, display_name: `User ${key}`, role, organisation_id: org, password_hash: hash, active, ...totp }), email };
  };
  const users = {
    sw: await user('sw', 'social_worker', orgA),
    sw2: await user('sw2', 'social_worker', orgA2),
    partner: await user('partner', 'partner_agent', orgCaf),
    manager: await user('manager', 'manager', orgA),
    admin: await user('admin', 'admin', orgA),
    swB: await user('swB', 'social_worker', orgB),
    managerB: await user('managerB', 'manager', orgB),
    adminB: await user('adminB', 'admin', orgB),
    disabled: await user('disabled', 'social_worker', orgA, false),
  };
  const household = (org: string, territory: string, ref: string, referent: string | null) =>
    insert(db, 'household', {
      reference: ref, organisation_id: org, territory_id: territory, referent_id: referent, postcode: '23000', commune_insee: '23096',
      commune_name: 'Guéret', housing_status: 'locataire', housing_type: 'hlm', monthly_rent_cents: 42000, housing_aid_zone: 3,
    });
  const householdA = await household(orgA, territoryA, 'HH-2026-00001', users.sw.id);
  const householdA2 = await household(orgA2, territoryA, 'HH-2026-00002', users.sw2.id);
  const householdB = await household(orgB, territoryB, 'HH-2026-00001', users.swB.id);
  const memberA = await insert(db, 'person', { household_id: householdA, first_name: 'Hélène', last_name: 'Dupré', relationship: 'demandeur', birth_date: '1980-03-14', activity: 'salarie' });
  await insert(db, 'person', { household_id: householdA, first_name: 'Noé', last_name: 'Dupré', relationship: 'enfant', birth_date: '2015-06-01' });
  const incomeA = await insert(db, 'income', { person_id: memberA, kind: 'salaire', monthly_amount_cents: 140000, start_month: '2025-01' });
  const benefitA = await insert(db, 'received_benefit', { household_id: householdA, benefit: 'aide_logement', monthly_amount_cents: 21000, since: '2024-09-01' });
  const memberA2 = await insert(db, 'person', { household_id: householdA2, first_name: 'Marc', last_name: 'Vidal', relationship: 'demandeur' });
  await insert(db, 'person', { household_id: householdB, first_name: 'Lina', last_name: 'Haddad', relationship: 'demandeur' });
  const rightA = await insert(db, 'detected_right', {
    household_id: householdA, organisation_id: orgA, territory_id: territoryA, benefit: 'rsa', estimated_amount_cents: 31200, confidence: 'haute', evaluated_period: '2026-03',
  });
  const contactA = await insert(db, 'contact', { household_id: householdA, organisation_id: orgA, author_id: users.sw.id, channel: 'telephone', outcome: 'non_joint', occurred_at: '2026-03-02T09:00:00Z' });
  const taskA = await insert(db, 'task', { household_id: householdA, organisation_id: orgA, title: 'Rappeler', assignee_id: users.sw.id, due_on: '2026-03-05', created_by: users.sw.id });
  const campaignA = await insert(db, 'campaign', { organisation_id: orgA, territory_id: territoryA, name: 'RSA Guéret', filters: '{}', created_by: users.manager.id });
  return {
    territoryA, territoryB, orgA, orgA2, orgCaf, orgB, users, householdA, householdA2, householdB, memberA, incomeA, benefitA, memberA2, rightA, contactA, taskA, campaignA,
  };
}
