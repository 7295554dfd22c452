// Which inputs the engine needed but the file does not hold, and how much each one matters for
// each benefit. A detected right lists the missing inputs relevant to its benefit (French labels)
// and gets its confidence from them:
//   haute   — nothing relevant is missing;
//   moyenne — only minor gaps (one or two);
//   faible  — a major gap (one that can turn the right on or off), or three minor gaps or more.
import { DETECTABLE_BENEFITS, LABELS, type Confidence, type DetectableBenefit } from '@recours/domain';
import { activeIn } from './period';
import type { HouseholdSnapshot, PersonSnapshot } from './snapshot';

export type Severity = 'majeure' | 'mineure';

export interface MissingInput {
  /** Stable code, e.g. "birth_date", "rent" (for filters and tests). */
  code: string;
  /** French label shown to the caseworker, e.g. "Date de naissance (Conjoint·e)". */
  label: string;
  /** How much it matters, per benefit; absent benefits are not affected. */
  impact: Partial<Record<DetectableBenefit, Severity>>;
}

const everywhere = (s: Severity): MissingInput['impact'] =>
  Object.fromEntries(DETECTABLE_BENEFITS.map((b) => [b, s])) as MissingInput['impact'];

/** "Demandeur·se", "Conjoint·e", "Enfant 2", "Autre membre 1": never a name (labels are stored). */
function whoLabels(members: PersonSnapshot[]): Map<PersonSnapshot, string> {
  const counters = { enfant: 0, autre: 0 };
  const labels = new Map<PersonSnapshot, string>();
  for (const m of members) {
    if (m.relationship === 'enfant') labels.set(m, `Enfant ${++counters.enfant}`);
    else if (m.relationship === 'autre') labels.set(m, `Autre membre ${++counters.autre}`);
    else labels.set(m, LABELS.relationship[m.relationship]);
  }
  return labels;
}

export function missingInputs(s: HouseholdSnapshot, period: string): MissingInput[] {
  const out: MissingInput[] = [];
  const who = whoLabels(s.members);
  for (const m of s.members) {
    const label = who.get(m)!;
    const child = m.relationship === 'enfant';
    const active = m.incomes.filter((i) => activeIn(i, period));
    const has = (...kinds: string[]) => active.some((i) => kinds.includes(i.kind));
    if (m.birthDate === null) {
      if (m.relationship === 'demandeur' || m.relationship === 'conjoint') {
        out.push({ code: 'birth_date', label: `Date de naissance (${label})`, impact: everywhere('majeure') });
      } else if (child) {
        out.push({
          code: 'birth_date',
          label: `Date de naissance (${label})`,
          impact: { allocations_familiales: 'majeure', asf: 'majeure', complement_familial: 'majeure', rsa: 'mineure', prime_activite: 'mineure', aide_logement: 'mineure', css: 'mineure' },
        });
      } else {
        out.push({ code: 'birth_date', label: `Date de naissance (${label})`, impact: everywhere('mineure') });
      }
    }
    if ((m.relationship === 'demandeur' || m.relationship === 'conjoint') && m.activity === null) {
      out.push({ code: 'activity', label: `Situation professionnelle (${label})`, impact: everywhere('mineure') });
    }
    if (m.activity === 'salarie' && !has('salaire')) {
      out.push({ code: 'salary', label: `Salaire (${label}, salarié·e sans salaire renseigné)`, impact: everywhere('majeure') });
    }
    if (m.activity === 'independant' && !has('autre', 'salaire')) {
      out.push({ code: 'self_employed_income', label: `Revenus d'activité indépendante (${label})`, impact: everywhere('majeure') });
    }
    if (m.activity === 'retraite' && !has('retraite')) {
      out.push({ code: 'pension', label: `Montant de la retraite (${label})`, impact: everywhere('majeure') });
    }
    if (m.disabilityRecognised && m.incapacityRate === null) {
      out.push({ code: 'incapacity_rate', label: `Taux d'incapacité (${label})`, impact: { aah: 'majeure', css: 'mineure', rsa: 'mineure', prime_activite: 'mineure' } });
    }
    if (m.disabilityRecognised && m.incapacityRate !== null && m.incapacityRate >= 50 && m.incapacityRate < 80) {
      out.push({
        code: 'rsdae',
        label: `Restriction substantielle et durable d'accès à l'emploi (${label}, à vérifier)`,
        impact: { aah: 'mineure' },
      });
    }
  }
  const housingMinor = { rsa: 'mineure', prime_activite: 'mineure', css: 'mineure' } as const;
  if (s.housingStatus === null) {
    out.push({ code: 'housing_status', label: "Statut d'occupation du logement", impact: { aide_logement: 'majeure', ...housingMinor } });
  }
  if (s.housingStatus === 'locataire') {
    if (s.monthlyRentCents === null) out.push({ code: 'rent', label: 'Loyer mensuel', impact: { aide_logement: 'majeure', ...housingMinor } });
    if (s.housingAidZone === null) out.push({ code: 'housing_aid_zone', label: "Zone d'aide au logement", impact: { aide_logement: 'mineure' } });
    if (s.housingType === null) out.push({ code: 'housing_type', label: 'Type de location', impact: { aide_logement: 'mineure' } });
  }
  return out;
}

/** Missing inputs that matter for `benefit`. */
export function relevantTo(benefit: DetectableBenefit, missing: readonly MissingInput[]): MissingInput[] {
  return missing.filter((m) => m.impact[benefit] !== undefined);
}

export function confidenceFor(benefit: DetectableBenefit, missing: readonly MissingInput[]): Confidence {
  let minor = 0;
  for (const m of missing) {
    const s = m.impact[benefit];
    if (s === 'majeure') return 'faible';
    if (s === 'mineure') minor++;
  }
  if (minor === 0) return 'haute';
  return minor <= 2 ? 'moyenne' : 'faible';
}
