// Test-only builders for hand-worked examples (amounts in euros, converted to cents here).
import { ZERO_INCOMES, ZERO_PATRIMOINE, type Household, type Housing, type Incomes, type Member } from '../../household';

export interface MemberSpec extends Partial<Omit<Member, 'incomes'>> {
  age: number;
  /** Monthly incomes in euros. */
  incomes?: Partial<Incomes>;
}

const cents = (x: number): number => Math.round(x * 100);

export function member(spec: MemberSpec): Member {
  const inc: Incomes = { ...ZERO_INCOMES };
  for (const [k, v] of Object.entries(spec.incomes ?? {})) (inc as unknown as Record<string, number>)[k] = cents(v as number);
  const role = spec.role ?? 'adult';
  return {
    role,
    age: spec.age,
    activity: spec.activity ?? (inc.salaryNet > 0 ? 'actif' : inc.unemploymentNet > 0 ? 'chomeur' : inc.pensionNet > 0 ? 'retraite' : 'inactif'),
    student: spec.student ?? false,
    boursier: spec.boursier ?? false,
    disabled: spec.disabled ?? (spec.disabilityRate ?? 0) > 0,
    disabilityRate: spec.disabilityRate ?? 0,
    rsdae: spec.rsdae ?? false,
    aahOverride: spec.aahOverride ?? null,
    sharedCustody: spec.sharedCustody ?? false,
    incomes: inc,
  };
}

/** Salary given net; taxable and gross derived like the reference cases when not given. */
export function salarie(age: number, net: number, extra: Partial<MemberSpec> = {}): Member {
  return member({ age, ...extra, incomes: { salaryNet: net, salaryTaxable: net, salaryGross: net, ...(extra.incomes ?? {}) } });
}

export function household(
  period: string,
  members: Member[],
  housing: Partial<Omit<Housing, 'rent'>> & { rent?: number } = {},
  extra: Partial<Household> = {},
): Household {
  const adults = members.filter((m) => m.role === 'adult').length;
  return {
    id: 'test',
    period,
    couple: adults === 2,
    coupleType: 'marie',
    members,
    housing: {
      status: 'locataire',
      rentalType: 'vide',
      charges: null,
      zone: 2,
      depcom: '69123',
      coloc: false,
      room: false,
      ...housing,
      rent: cents(housing.rent ?? 0),
    },
    patrimoine: { ...ZERO_PATRIMOINE },
    asfEligible: adults === 1,
    rsaExperimentation: false,
    ...extra,
  };
}

export const child = (age: number): Member => member({ age, role: 'child' });
