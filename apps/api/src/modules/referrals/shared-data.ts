import type { EntityManager } from 'typeorm';
import type { SharedData } from './dto/referral.dto';
import type { ReferralRow, ReferralsRepository } from './referrals.repository';

/** Reads only the groups the referral shares: a group it does not share is never queried. */
export async function loadSharedData(em: EntityManager, repo: ReferralsRepository, row: ReferralRow): Promise<SharedData> {
  const groups = new Set(row.shared_groups);
  const shared: SharedData = {};
  if (groups.has('identite')) {
    const i = await repo.identity(em, row.household_id);
    shared.identity = i?.first_name
      ? { firstName: i.first_name, lastName: i.last_name, birthDate: i.birth_date, phone: i.phone, email: i.email, address: i.address, postcode: i.postcode, communeName: i.commune_name }
      : null;
  }
  if (groups.has('composition')) {
    shared.composition = (await repo.composition(em, row.household_id)).map((p) => ({
      firstName: p.first_name,
      lastName: p.last_name,
      birthDate: p.birth_date,
      relationship: p.relationship,
    }));
  }
  if (groups.has('revenus')) {
    shared.incomes = (await repo.incomes(em, row.household_id)).map((i) => ({
      personName: `${i.first_name} ${i.last_name.toUpperCase()}`,
      kind: i.kind,
      monthlyAmountCents: i.monthly_amount_cents,
      fromMonth: i.from_month,
      toMonth: i.to_month,
    }));
  }
  if (groups.has('logement')) {
    const h = await repo.housing(em, row.household_id);
    shared.housing = {
      housingStatus: h.housing_status,
      housingType: h.housing_type,
      monthlyRentCents: h.monthly_rent_cents,
      address: h.address,
      postcode: h.postcode,
      communeName: h.commune_name,
    };
  }
  if (groups.has('droit_detecte')) {
    shared.rights = (await repo.rights(em, row.id)).map((r) => ({
      id: r.id,
      benefit: r.benefit,
      status: r.status,
      estimatedAmountCents: r.estimated_amount_cents,
      amountPeriod: r.amount_period,
      evaluatedPeriod: r.evaluated_period,
      explanation: r.explanation,
      grantedMonthlyAmountCents: r.granted_monthly_amount_cents,
      grantedFrom: r.granted_from,
    }));
  }
  return shared;
}
