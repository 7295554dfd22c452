// Resources of the housing aid since the 2021 reform ("contemporanéisation", CCH R822-3 s.):
// taxable incomes of the 12 rolling months M-13..M-2 (incomes are constant here, so 12 × monthly),
// net of the income-tax deductions (frais professionnels 10 % with the min/max of the income year,
// pensions 10 %), with:
//  - neutralisation of activity and unemployment income of the parents when RSA was paid in M-1
//    (CCH R822-15, R822-17);
//  - 30 % abattement on unemployment benefits of a retired person or an AAH recipient without
//    earnings (R822-13, R822-14);
//  - children's resources counted above 1.25 × the ASPA ceiling (R822-4);
//  - capital: when the patrimoine exceeds 30 000 €, 3 % of non-productive savings and 50 % of the
//    rental value of unlet property (R822-3-1), except for AAH households;
//  - 95 € abattement when both members of the couple earn at least 12 × BMAF each (R822-7);
//  - then rounding up to the next 100 € (R822-2);
// and, for a student tenant, resources deemed equal to a forfait (R822-20, forfaitEtudiant).
import { periodFromIndex, type Household, type Member } from '../../household';
import { eurosToCents, lookup, type DatedParameter, type ParameterUse } from '../../parameters/dated';
import * as AL from '../../parameters/aides-logement';
import { aahReceivedAt } from '../aah';
import type { HouseholdAggregates } from '../aggregates';
import type { AlParams } from './compiled';
import { roundEuro } from '../../math';

/** Intermediates of the resource computation (explanations). */
export interface ResourceDetail {
  /** Parents' activity and unemployment income after deductions (cents/year). */
  activite: number;
  /** Parents' pensions after deduction. */
  pensions: number;
  enfants: number;
  patrimoine: number;
  neutralise: boolean;
  doubleActivite: boolean;
  /** CCH R822-20 forfait that replaced the resources (cents/year), 0 when it does not apply. */
  forfaitEtudiant: number;
  /** Use of a boursier or logement-foyer forfait (resolved only when it applies), else null. */
  forfaitEtudiantUse: ParameterUse | null;
  /** Before rounding. */
  brut: number;
  /** Rounded up to the next 100 € (cents). */
  retenu: number;
}

export const newDetail = (): ResourceDetail => ({
  activite: 0, pensions: 0, enfants: 0, patrimoine: 0, neutralise: false, doubleActivite: false,
  forfaitEtudiant: 0, forfaitEtudiantUse: null, brut: 0, retenu: 0,
});

/** Activity + unemployment income of one person after deductions, and whether it is neutralised. */
function activityIncome(m: Member, p: AlParams, receivesAah: boolean): number {
  const sal = 12 * m.incomes.salaryTaxable;
  const cho = 12 * m.incomes.unemploymentTaxable;
  const total = sal + cho;
  if (total <= 0) return 0;
  // One deduction on salaries and unemployment benefits together, imputed on salaries first.
  const ded = Math.min(Math.max(roundEuro(total * p.proTaux), p.proMin), p.proMax);
  const salNet = sal - ded;
  const noEarnings = m.incomes.salaryTaxable === 0;
  const abatCho = (m.activity === 'retraite' || receivesAah) && noEarnings ? 1 - p.abattementChomage : 1;
  const abatAct = m.activity === 'retraite' && noEarnings ? 1 - p.abattementChomage : 1;
  return Math.max(0, salNet) * abatAct + (cho + Math.min(0, salNet)) * abatCho;
}

function pensionIncome(m: Member, p: AlParams): number {
  const pen = 12 * (m.incomes.pensionTaxable + m.incomes.alimonyReceived);
  if (pen <= 0) return 0;
  const ded = Math.min(pen, Math.min(Math.max(roundEuro(pen * p.penTaux), p.penMin), p.penMax));
  return pen - ded;
}

/** Income of the capital when the patrimoine exceeds 30 000 € (CCH R822-3-1), except for AAH households. */
function revenusDuPatrimoine(h: Household, p: AlParams, anyAah: boolean): number {
  const pat = h.patrimoine;
  const capital = pat.livretA + pat.savingsTaxFree + pat.savingsTaxable + pat.propertyNotRented;
  if (anyAah || capital <= p.seuilPatrimoine) return 0;
  return (pat.livretA + pat.savingsTaxFree) * p.tauxPatrimoine + pat.rentalValueNotRented * p.partValeurLocative;
}

/**
 * The members' incomes of the rolling year (CCH R822-3 s.): the parents' activity income (none when
 * neutralised, R822-15), their pensions, the children's resources above 1.25 × the ASPA ceiling
 * (R822-4); and whether both members of a couple earn 12 × BMAF (R822-7) or someone gets the AAH.
 */
function ressourcesDesMembres(h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: AlParams, neutralise: boolean) {
  let activite = 0, pensions = 0, enfants = 0, earners = 0, adults = 0, anyAah = false;
  h.members.forEach((m, i) => {
    // Without a disability rate or an AAH override nobody receives the AAH (aahReceivedAt).
    const aah = a.aahCandidate && aahReceivedAt(h, pIdx, at, i);
    if (aah) anyAah = true;
    if (m.role === 'adult') {
      adults++;
      if (!neutralise) activite += activityIncome(m, p, aah);
      pensions += pensionIncome(m, p);
      if (12 * m.incomes.salaryTaxable >= p.seuilBiactivite) earners++;
    } else if (a.childIncome) {
      const own = activityIncome(m, p, aah) + pensionIncome(m, p);
      if (own > p.abattementEnfant) enfants += own - p.abattementEnfant;
    }
  });
  return { activite, pensions, enfants, anyAah, biactifs: adults === 2 && earners === 2 };
}

/** Annual resources (cents) of the household for the housing aid of the month. */
export function housingAidResources(
  h: Household,
  a: HouseholdAggregates,
  pIdx: number,
  at: number,
  p: AlParams,
  rsaPreviousMonthCents: number,
  out: ResourceDetail,
): number {
  const neutralise = rsaPreviousMonthCents > 0;
  const { activite, pensions, enfants, anyAah, biactifs } = ressourcesDesMembres(h, a, pIdx, at, p, neutralise);
  const patrimoine = revenusDuPatrimoine(h, p, anyAah);
  const doubleActivite = !neutralise && biactifs;
  let brut = activite + pensions + enfants + patrimoine - (doubleActivite ? p.abattementDoubleActivite : 0);
  if (brut < 0) brut = 0;
  const forfaitParameter = forfaitEtudiantApplicable(h, p);
  let forfait = 0;
  out.forfaitEtudiantUse = null;
  if (forfaitParameter === AL.AL_FORFAIT_ETUDIANT) {
    forfait = p.forfaitEtudiant;
  } else if (forfaitParameter !== null) {
    const { value, use } = lookup(forfaitParameter, periodFromIndex(at));
    forfait = eurosToCents(value);
    out.forfaitEtudiantUse = use;
  }
  if (forfaitParameter !== null) brut = forfait;
  const cents = Math.round(brut);
  const retenu = Math.ceil(cents / 10000) * 10000;
  out.activite = activite;
  out.pensions = pensions;
  out.enfants = enfants;
  out.patrimoine = patrimoine;
  out.neutralise = neutralise;
  out.doubleActivite = doubleActivite;
  out.forfaitEtudiant = forfait;
  out.brut = cents;
  out.retenu = retenu;
  return retenu;
}

/**
 * CCH R822-20: the resources of a tenant (or logement-foyer resident) who is a student and meets the
 * age condition of the bourses de l'enseignement supérieur are deemed equal to a forfait — it
 * replaces the real resources, whether they are lower or higher. Lower forfait for a boursier, own
 * values in a logement-foyer (CROUS residences included). Applies when every adult of the household
 * is such a student (the claimant and, in a couple, the conjoint). Returns the forfait's parameter,
 * or null when the rule does not apply.
 */
export function forfaitEtudiantApplicable(h: Household, p: AlParams): DatedParameter<number> | null {
  if (h.housing.status !== 'locataire') return null;
  const adults = h.members.filter((m) => m.role === 'adult');
  if (adults.length === 0 || !adults.every((m) => m.student && m.age < p.etudiantAgeMax)) return null;
  const boursier = adults[0].boursier === true;
  if (h.housing.rentalType === 'foyer') return boursier ? AL.AL_FORFAIT_ETUDIANT_BOURSIER_FOYER : AL.AL_FORFAIT_ETUDIANT_FOYER;
  return boursier ? AL.AL_FORFAIT_ETUDIANT_BOURSIER : AL.AL_FORFAIT_ETUDIANT;
}
