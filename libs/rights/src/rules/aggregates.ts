// What several rules read about the members of a household, computed once per evaluation: income
// sums, the children's ages and custody, and a few flags.
import type { Household } from '../household';

export interface HouseholdAggregates {
  adults: number;
  /** Members with role 'child' (any age), in member order in childAge / childShared. */
  children: number;
  /** Age during the household period of each child (member order). */
  childAge: number[];
  /** 1 when the child is in shared custody. */
  childShared: number[];
  /** salaryNet of every member, member order (prime d'activité earnings). */
  salaryNet: number[];
  /** salaryTaxable of every adult, member order (family benefits' two-earner test). */
  adultSalaryTaxable: number[];
  /** Some member is `disabled`. */
  anyDisabled: boolean;
  /** Some member has a disability rate or an AAH override (AAH may be received). */
  aahCandidate: boolean;
  /** Oldest adult (period ages), −1 without adult. */
  maxAdultAge: number;
  /** Oldest adult who is not a student, −1 without one. */
  maxNonStudentAdultAge: number;
  /** Some adult is a student. */
  anyStudentAdult: boolean;
  /** Σ salaryNet + unemploymentNet + pensionNet + alimonyReceived + other (RSA resources). */
  rsaIndividual: number;
  /** Σ unemploymentNet + pensionNet + alimonyReceived + other (PPA other resources). */
  ppaOther: number;
  /** Some child has an income field the housing aid reads. */
  childIncome: boolean;
  /** Σ (shared custody ? 0.5 : 1) over members (chèque énergie units). */
  ucPersons: number;
}

export function aggregatesOf(h: Household): HouseholdAggregates {
  const a: HouseholdAggregates = {
    adults: 0, children: 0, childAge: [], childShared: [], salaryNet: [], adultSalaryTaxable: [], anyDisabled: false,
    aahCandidate: false, maxAdultAge: -1, maxNonStudentAdultAge: -1, anyStudentAdult: false, rsaIndividual: 0, ppaOther: 0,
    childIncome: false, ucPersons: 0,
  };
  for (const m of h.members) {
    const inc = m.incomes;
    const replacement = inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other;
    a.salaryNet.push(inc.salaryNet);
    a.rsaIndividual += inc.salaryNet + replacement;
    a.ppaOther += replacement;
    if (m.disabled) a.anyDisabled = true;
    if (m.disabilityRate > 0 || m.aahOverride !== null) a.aahCandidate = true;
    a.ucPersons += m.sharedCustody ? 0.5 : 1;
    if (m.role === 'adult') {
      a.adults++;
      a.adultSalaryTaxable.push(inc.salaryTaxable);
      a.maxAdultAge = Math.max(a.maxAdultAge, m.age);
      if (m.student) a.anyStudentAdult = true;
      else a.maxNonStudentAdultAge = Math.max(a.maxNonStudentAdultAge, m.age);
    } else {
      a.children++;
      a.childAge.push(m.age);
      a.childShared.push(m.sharedCustody ? 1 : 0);
      const fields = [inc.salaryNet, inc.unemploymentNet, inc.pensionNet, inc.alimonyReceived, inc.other, inc.salaryTaxable, inc.unemploymentTaxable, inc.pensionTaxable];
      if (fields.some((v) => v !== 0)) a.childIncome = true;
    }
  }
  return a;
}
