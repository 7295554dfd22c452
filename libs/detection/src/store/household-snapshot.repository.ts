// Loads household snapshots (household, members, incomes, received benefits) for a batch of ids in
// four queries, whatever the batch size. Dates are read as text: no local-time Date in between.
import type { Activity, Benefit, HousingAidZone, HousingStatus, HousingType, IncomeKind, Relationship } from '@recours/domain';
import type { HouseholdSnapshot, PersonSnapshot } from '../snapshot';
import type { SqlClient } from './sql-client';

interface HouseholdRow {
  id: string;
  organisation_id: string;
  territory_id: string;
  status: 'active' | 'closed';
  housing_status: HousingStatus | null;
  housing_type: HousingType | null;
  monthly_rent_cents: number | null;
  housing_aid_zone: HousingAidZone | null;
  commune_insee: string | null;
}

export interface LoadedHousehold {
  snapshot: HouseholdSnapshot;
  status: 'active' | 'closed';
}

export async function loadHouseholdSnapshots(db: SqlClient, ids: readonly string[]): Promise<Map<string, LoadedHousehold>> {
  const out = new Map<string, LoadedHousehold>();
  if (ids.length === 0) return out;
  const households = await db.query<HouseholdRow>(
    `SELECT id, organisation_id, territory_id, status, housing_status, housing_type, monthly_rent_cents, housing_aid_zone, commune_insee
       FROM household WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  for (const h of households.rows) {
    out.set(h.id, {
      status: h.status,
      snapshot: {
        id: h.id,
        organisationId: h.organisation_id,
        territoryId: h.territory_id,
        housingStatus: h.housing_status,
        housingType: h.housing_type,
        monthlyRentCents: h.monthly_rent_cents,
        housingAidZone: h.housing_aid_zone,
        communeInsee: h.commune_insee === null ? null : h.commune_insee.trim(),
        members: [],
        receivedBenefits: [],
      },
    });
  }
  if (out.size === 0) return out;
  const found = [...out.keys()];
  // Sequential: the caller's transaction runs on one connection.
  const persons = await db.query<{ id: string; household_id: string; birth_date: string | null; relationship: Relationship; activity: Activity | null; disability_recognised: boolean; incapacity_rate: number | null }>(
    `SELECT id, household_id, birth_date::text AS birth_date, relationship, activity, disability_recognised, incapacity_rate
       FROM person WHERE household_id = ANY($1::uuid[]) ORDER BY household_id, created_at, id`,
    [found],
  );
  const incomes = await db.query<{ person_id: string; kind: IncomeKind; monthly_amount_cents: number; start_month: string; end_month: string | null }>(
    `SELECT i.person_id, i.kind, i.monthly_amount_cents, i.start_month, i.end_month
       FROM income i JOIN person p ON p.id = i.person_id
      WHERE p.household_id = ANY($1::uuid[]) ORDER BY i.person_id, i.start_month, i.id`,
    [found],
  );
  const benefits = await db.query<{ household_id: string; benefit: Benefit; monthly_amount_cents: number }>(
    `SELECT household_id, benefit, monthly_amount_cents FROM received_benefit WHERE household_id = ANY($1::uuid[]) ORDER BY household_id, id`,
    [found],
  );
  const personById = new Map<string, PersonSnapshot>();
  for (const p of persons.rows) {
    const person: PersonSnapshot = {
      id: p.id,
      birthDate: p.birth_date,
      relationship: p.relationship,
      activity: p.activity,
      disabilityRecognised: p.disability_recognised,
      incapacityRate: p.incapacity_rate,
      incomes: [],
    };
    personById.set(p.id, person);
    out.get(p.household_id)!.snapshot.members.push(person);
  }
  for (const i of incomes.rows) {
    personById.get(i.person_id)?.incomes.push({
      kind: i.kind,
      monthlyAmountCents: i.monthly_amount_cents,
      startMonth: i.start_month.trim(),
      endMonth: i.end_month === null ? null : i.end_month.trim(),
    });
  }
  for (const b of benefits.rows) {
    out.get(b.household_id)!.snapshot.receivedBenefits.push({ benefit: b.benefit, monthlyAmountCents: b.monthly_amount_cents });
  }
  return out;
}
