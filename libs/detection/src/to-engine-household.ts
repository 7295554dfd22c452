// Maps a household snapshot (database shape) to the engine's normalized Household for one month.
// The CRM records less than the engine can use; every default taken here is listed in `assumptions`
// (French, shown with the explanation) and the inputs that matter are reported by completeness.ts.
import {
  ZERO_INCOMES,
  ZERO_PATRIMOINE,
  type Activity as EngineActivity,
  type Household,
  type HousingStatus as EngineHousingStatus,
  type Incomes,
  type Member,
} from '@recours/rights';
import { activeIn, ageDuring } from './period';
import type { HouseholdSnapshot, PersonSnapshot } from './snapshot';

/** Age used when an adult's birth date is missing: neutral for RSA (≥ 25) and ASPA (< 65). */
export const DEFAULT_ADULT_AGE = 40;
/** Age used when a child's birth date is missing (AF without the 14-year majoration). */
export const DEFAULT_CHILD_AGE = 10;
/** Rate assumed when a disability is recognised without a rate (the AAH full-rate threshold). */
export const DEFAULT_INCAPACITY_RATE = 0.8;
/** Housing-aid zone assumed when missing (the reference cases' default). */
export const DEFAULT_ZONE = 2 as const;
const DEFAULT_DEPCOM: Record<1 | 2 | 3, string> = { 1: '75056', 2: '69123', 3: '23096' };

export interface EngineMapping {
  /** Null when the household has no adult to evaluate (no demandeur, conjoint or adult member). */
  household: Household | null;
  /** Snapshot person ids in engine member order (excluded members are absent). */
  memberIds: string[];
  /** French sentences describing the defaults taken, stored with the explanation. */
  assumptions: string[];
}

function engineActivity(p: PersonSnapshot, incomes: Incomes, child: boolean, age: number): EngineActivity {
  switch (p.activity) {
    case 'salarie':
    case 'independant':
      return 'actif';
    case 'chomeur':
      return 'chomeur';
    case 'etudiant':
      return 'etudiant';
    case 'retraite':
      return 'retraite';
    case 'inactif':
      return 'inactif';
    case null:
      // Same inference as the reference-case adapter.
      if (incomes.salaryNet > 0) return 'actif';
      if (incomes.unemploymentNet > 0) return 'chomeur';
      if (incomes.pensionNet > 0) return 'retraite';
      if (child && age >= 3) return 'etudiant';
      return 'inactif';
  }
}

function monthIncomes(p: PersonSnapshot, period: string): { incomes: Incomes; independentAsSalary: boolean } {
  const inc: Incomes = { ...ZERO_INCOMES };
  let independentAsSalary = false;
  for (const i of p.incomes) {
    if (!activeIn(i, period)) continue;
    const a = i.monthlyAmountCents;
    switch (i.kind) {
      case 'salaire':
        inc.salaryNet += a; inc.salaryTaxable += a; inc.salaryGross += a;
        break;
      case 'chomage':
        inc.unemploymentNet += a; inc.unemploymentTaxable += a;
        break;
      case 'retraite':
        inc.pensionNet += a; inc.pensionTaxable += a; inc.pensionGross += a;
        break;
      case 'pension_alimentaire':
        inc.alimonyReceived += a;
        break;
      case 'indemnites':
        inc.other += a;
        break;
      case 'autre':
        // Self-employed income is activity income (PPA); the engine has no TNS model, so it is
        // counted as a salary rather than as an unearned resource.
        if (p.activity === 'independant') {
          inc.salaryNet += a; inc.salaryTaxable += a; inc.salaryGross += a;
          independentAsSalary = true;
        } else {
          inc.other += a;
        }
        break;
    }
  }
  return { incomes: inc, independentAsSalary };
}

function toMember(p: PersonSnapshot, period: string, role: 'adult' | 'child', notes: Set<string>): Member {
  const age = p.birthDate ? Math.max(0, ageDuring(p.birthDate, period)) : role === 'adult' ? DEFAULT_ADULT_AGE : DEFAULT_CHILD_AGE;
  const { incomes, independentAsSalary } = monthIncomes(p, period);
  if (independentAsSalary) notes.add("Revenus d'activité indépendante comptés comme des revenus d'activité salariée.");
  const activity = engineActivity(p, incomes, role === 'child', age);
  const disabled = p.disabilityRecognised;
  const rate = p.incapacityRate !== null ? p.incapacityRate / 100 : disabled ? DEFAULT_INCAPACITY_RATE : 0;
  if (disabled && rate >= 0.5 && rate < 0.8) {
    notes.add("Restriction substantielle et durable d'accès à l'emploi supposée reconnue (taux entre 50 et 79 %).");
  }
  return {
    role,
    age,
    activity,
    student: p.activity === 'etudiant',
    disabled,
    disabilityRate: disabled ? rate : 0,
    rsdae: disabled && rate >= 0.5 && rate < 0.8,
    aahOverride: null,
    sharedCustody: false,
    incomes,
  };
}

/**
 * Builds the engine household for `period`. Foyer: the demandeur and the conjoint (couple when
 * both are present), children ("enfant", and "autre" members under 18). An adult "autre" member
 * (a parent, a lodger) forms a separate foyer and is left out.
 */
export function toEngineHousehold(s: HouseholdSnapshot, period: string): EngineMapping {
  const notes = new Set<string>();
  const isMinor = (p: PersonSnapshot) => p.birthDate !== null && ageDuring(p.birthDate, period) < 18;
  const demandeur = s.members.find((m) => m.relationship === 'demandeur');
  const conjoint = s.members.find((m) => m.relationship === 'conjoint');
  const otherAdults = s.members.filter((m) => m.relationship === 'autre' && !isMinor(m));
  const first = demandeur ?? conjoint ?? otherAdults[0];
  if (!first) return { household: null, memberIds: [], assumptions: ['Aucun adulte dans le foyer : pas d’évaluation.'] };
  const second = demandeur && conjoint ? conjoint : undefined;
  const adults = second ? [first, second] : [first];
  const children = s.members.filter(
    (m) => m.relationship === 'enfant' || (m.relationship === 'autre' && isMinor(m) && m !== first),
  );
  if (otherAdults.some((m) => m !== first)) notes.add('Membre majeur « autre » non compté dans le foyer (foyer distinct).');

  const members = [
    ...adults.map((p) => toMember(p, period, 'adult', notes)),
    ...children.map((p) => toMember(p, period, 'child', notes)),
  ];
  const couple = adults.length === 2;
  if (couple) notes.add('Couple considéré comme marié ou pacsé (un seul foyer fiscal).');
  notes.add('Épargne et patrimoine non renseignés : considérés comme nuls.');

  const status: EngineHousingStatus = s.housingStatus ?? 'heberge';
  if (s.housingStatus === null) notes.add('Statut d’occupation non renseigné : foyer considéré comme hébergé.');
  const tenant = status === 'locataire';
  const zone = s.housingAidZone ?? DEFAULT_ZONE;
  if (tenant && s.housingAidZone === null) notes.add(`Zone d’aide au logement non renseignée : zone ${DEFAULT_ZONE} retenue.`);
  if (tenant && s.monthlyRentCents === null) notes.add('Loyer non renseigné : aide au logement calculée sans loyer.');
  if (tenant && s.housingType === null) notes.add('Type de location non renseigné : logement vide retenu.');

  const singleParent = !couple && children.length > 0;
  const alimony = adults.some((a) => a.incomes.some((i) => i.kind === 'pension_alimentaire' && activeIn(i, period)));
  return {
    household: {
      id: s.id,
      period,
      couple,
      coupleType: 'marie',
      members,
      housing: {
        status,
        rentalType: s.housingType ?? 'vide',
        rent: tenant ? s.monthlyRentCents ?? 0 : 0,
        charges: null,
        zone,
        depcom: s.communeInsee ?? DEFAULT_DEPCOM[zone],
        coloc: false,
        room: false,
      },
      patrimoine: { ...ZERO_PATRIMOINE },
      // A single parent who receives no child support is entitled to the ASF.
      asfEligible: singleParent && !alimony,
      rsaExperimentation: false,
    },
    memberIds: [...adults, ...children].map((p) => p.id),
    assumptions: [...notes],
  };
}
