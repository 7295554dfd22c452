// Per-household aggregates: the month-independent quantities the formulas used to re-derive by
// walking the members (income sums, children's ages, flags), computed in one walk and shared by
// every formula of a household (both paths: HouseholdRun computes them once per household, the
// compute* wrappers once per call). Numeric fields only, one shape (monomorphic).
//
// Sums are accumulated in member order with the same expressions as the formulas they replace, so
// the floating-point results are identical (incomes are integer cents anyway).
import type { Household } from '../household';

export class HouseholdAggregates {
  members = 0;
  adults = 0;
  /** Members with role 'child' (any age), in member order in childAge / childShared. */
  children = 0;
  /** Age during the household period of each child (member order). */
  childAge = new Int32Array(8);
  /** 1 when the child is in shared custody. */
  childShared = new Uint8Array(8);
  childrenShared = 0;
  /** salaryNet of every member, member order (prime d'activité earnings). */
  salaryNet = new Float64Array(8);
  /** salaryTaxable of every adult, member order (family benefits' two-earner test). */
  adultSalaryTaxable = new Float64Array(4);
  /** Some member is `disabled`. */
  anyDisabled = false;
  /** Some member has a disability rate or an AAH override (AAH may be received). */
  aahCandidate = false;
  /** Some member has a disability rate and no AAH override (the AAH is computed from the rate). */
  aahFromRate = false;
  /** Members with a salary (salaryNet ≠ 0). */
  earners = 0;
  /** Some adult is a student. */
  anyStudentAdult = false;
  /** Oldest adult (period ages), −1 without adult. */
  maxAdultAge = -1;
  /** Oldest adult who is not a student, −1 without one. */
  maxNonStudentAdultAge = -1;
  /** Σ salaryNet + unemploymentNet + pensionNet + alimonyReceived + other (RSA resources). */
  rsaIndividual = 0;
  /** Σ unemploymentNet + pensionNet + alimonyReceived + other (PPA other resources). */
  ppaOther = 0;
  /** Σ over adults of 12 × (net incomes) (CSS own resources, children without income). */
  cssAdultsIndividual = 0;
  /** Some child has an income field the CSS or the housing aid reads. */
  childIncome = false;
  /** Some member is an indemnified job-seeker (CSS R861-8 abattement). */
  anyIndemnisedJobSeeker = false;
  /** Σ (shared custody ? 0.5 : 1) over members (chèque énergie units). */
  ucPersons = 0;

  /** Recomputes every field for `h` (no allocation unless the household is unusually large). */
  of(h: Household): this {
    const members = h.members;
    const n = members.length;
    if (n > this.salaryNet.length) {
      const size = 2 * n;
      this.childAge = new Int32Array(size);
      this.childShared = new Uint8Array(size);
      this.salaryNet = new Float64Array(size);
      this.adultSalaryTaxable = new Float64Array(size);
    }
    let adults = 0, children = 0, shared = 0, anyDisabled = false, aahCandidate = false, aahFromRate = false, anyStudentAdult = false;
    let earners = 0;
    let maxAdultAge = -1, maxNonStudentAdultAge = -1, rsaIndividual = 0, ppaOther = 0, cssAdults = 0;
    let childIncome = false, jobSeeker = false, uc = 0;
    for (let i = 0; i < n; i++) {
      const m = members[i];
      const inc = m.incomes;
      this.salaryNet[i] = inc.salaryNet;
      const replacement = inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other;
      rsaIndividual += inc.salaryNet + replacement;
      ppaOther += inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other;
      if (m.disabled) anyDisabled = true;
      if (m.disabilityRate > 0 || m.aahOverride !== null) {
        aahCandidate = true;
        if (m.disabilityRate > 0 && m.aahOverride === null) aahFromRate = true;
      }
      earners += +(inc.salaryNet !== 0);
      if (m.activity === 'chomeur' && inc.unemploymentNet > 0) jobSeeker = true;
      uc += m.sharedCustody ? 0.5 : 1;
      if (m.role === 'adult') {
        this.adultSalaryTaxable[adults++] = inc.salaryTaxable;
        if (m.age > maxAdultAge) maxAdultAge = m.age;
        if (m.student) anyStudentAdult = true;
        else if (m.age > maxNonStudentAdultAge) maxNonStudentAdultAge = m.age;
        cssAdults += 12 * (inc.salaryNet + inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other);
      } else {
        this.childAge[children] = m.age;
        this.childShared[children] = m.sharedCustody ? 1 : 0;
        if (m.sharedCustody) shared++;
        children++;
        if (
          inc.salaryNet !== 0 || inc.unemploymentNet !== 0 || inc.pensionNet !== 0 || inc.alimonyReceived !== 0 ||
          inc.other !== 0 || inc.salaryTaxable !== 0 || inc.unemploymentTaxable !== 0 || inc.pensionTaxable !== 0
        ) {
          childIncome = true;
        }
      }
    }
    this.members = n;
    this.adults = adults;
    this.children = children;
    this.childrenShared = shared;
    this.anyDisabled = anyDisabled;
    this.aahCandidate = aahCandidate;
    this.aahFromRate = aahFromRate;
    this.earners = earners;
    this.anyStudentAdult = anyStudentAdult;
    this.maxAdultAge = maxAdultAge;
    this.maxNonStudentAdultAge = maxNonStudentAdultAge;
    this.rsaIndividual = rsaIndividual;
    this.ppaOther = ppaOther;
    this.cssAdultsIndividual = cssAdults;
    this.childIncome = childIncome;
    this.anyIndemnisedJobSeeker = jobSeeker;
    this.ucPersons = uc;
    return this;
  }
}

/** Fresh aggregates of `h` (wrappers of the explain path). */
export function aggregatesOf(h: Household): HouseholdAggregates {
  return new HouseholdAggregates().of(h);
}
