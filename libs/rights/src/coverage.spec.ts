// Robustness over the whole supported range: generated households of many shapes (see
// testing/generate.ts) evaluated for every month from 2025-01 to 2026-11.
// Checks: no exception; every amount an integer number of cents ≥ 0; no parameter looked up before
// its first recorded value; stale parameters only where documented; every amount paid is explained;
// CSS status consistent with the participation; an explanation for every benefit paid; and
// invariants that follow from the law (bounds, zero cases, monotonicity of the RSA in earnings).
import { householdFromReference, type ReferenceInput } from './adapters/reference-case';
import { evaluateHousehold, type Evaluation } from './evaluate';
import type { Household } from './household';
import { valueAt } from './parameters/dated';
import { RSA_MONTANT_FORFAITAIRE } from './parameters/rsa';
import { AAH_MONTANT, AAH_MVA } from './parameters/aah';
import { CE_BAREME } from './parameters/cheque-energie';
import { archetypes, generateReferenceInputs, monthsBetween } from './testing/generate';

const MONTHS = monthsBetween('2025-01', '2026-11');
const RANDOM_PER_MONTH = 70;

/**
 * Parameters allowed to be past their "still valid on" stamp for some months of the range, with
 * the reason (README "Parameter coverage"). Anything else stale is a coverage gap.
 */
const KNOWN_STALE: Record<string, string> = {
  'epargne.livret_a.taux': 'taux du 1er août 2026 non trouvé dans les sources consultées (1,5 % depuis le 1er février 2026)',
  'css.plafond.base': 'plafond du 1er avril 2026 (10 339 € × 1,008 = 10 422 €) non confirmé par l’arrêté',
  'paje.plafond_partiel.base': 'plafonds 2025-2026 du taux partiel déduits du coefficient annuel, non confirmés',
  'paje.plafond_partiel.majoration_biactifs_isoles': 'idem',
  'aides_logement.locatif.loyers_plafonds': 'barème du 1er octobre 2026 non confirmé par un texte officiel consulté',
  'aides_logement.locatif.forfait_charges': 'idem',
  'aides_logement.locatif.p0_forfait': 'idem',
  'aides_logement.ressources.forfait_etudiant_boursier': 'forfaits étudiants boursier / logement-foyer (R822-20) relevés hors JO, 2024 déduit',
  'aides_logement.ressources.forfait_etudiant_foyer': 'idem',
  'aides_logement.ressources.forfait_etudiant_boursier_foyer': 'idem',
};

interface Violation { id: string; period: string; what: string }

const BENEFITS = ['rsa', 'primeActivite', 'aideLogement', 'chequeEnergie', 'css', 'allocationsFamiliales', 'asf', 'complementFamilial', 'aah', 'aspa'] as const;

function amounts(e: Evaluation): Record<string, number> {
  return {
    rsa: e.rsa.amountCents,
    ppa: e.primeActivite.amountCents,
    ppaBrut: e.primeActivite.brutCents,
    al: e.aideLogement.amountCents,
    ce: e.chequeEnergie.amountCents,
    cssParticipation: e.css.participationCents,
    af: e.allocationsFamiliales.amountCents,
    asf: e.allocationsFamiliales.asf,
    cf: e.allocationsFamiliales.cf,
    paje: e.allocationsFamiliales.pajeBase,
    aah: e.aah.amountCents,
    aspa: e.aspa.amountCents,
    rsaPast: e.fixedPoint.rsaPastMonthsCents,
  };
}

/** Montant forfaitaire (or majoré) bound of the RSA for the composition, from the decree values. */
function rsaBound(h: Household): number {
  const base = valueAt(RSA_MONTANT_FORFAITAIRE, h.period) * 100;
  const adults = h.members.filter((m) => m.role === 'adult').length;
  const children = h.members.filter((m) => m.role === 'child' && m.age < 25).length;
  const n = adults + children;
  let rate = 1;
  if (n >= 2) rate += 0.5;
  if (n >= 3) rate += 0.3;
  if (n >= 4) rate += adults === 2 ? 0.3 : 0.4;
  if (n >= 5) rate += 0.4 * (n - 4);
  const majore = adults === 1 && children > 0 ? 1.28412 + 0.42804 * children : 0;
  return Math.ceil(base * Math.max(rate, majore)) + 1;
}

function checkInvariants(h: Household, e: Evaluation, out: Violation[]): void {
  const v = (what: string) => out.push({ id: h.id, period: h.period, what });
  for (const [k, x] of Object.entries(amounts(e))) {
    if (!Number.isInteger(x) || x < 0) v(`${k} = ${x} n'est pas un nombre entier de centimes ≥ 0`);
  }
  // CSS status and participation.
  const css = e.css;
  if (!['gratuite', 'participation', 'non'].includes(css.status)) v(`statut CSS inconnu ${css.status}`);
  if ((css.status === 'participation') !== (css.participationCents > 0)) v(`CSS ${css.status} avec participation ${css.participationCents}`);
  if (css.eligible !== (css.status !== 'non')) v('CSS eligible incohérent avec le statut');
  if (e.rsa.amountCents > 0 && css.status !== 'gratuite') v('bénéficiaire du RSA sans CSS gratuite');
  if (css.participationCents > 3000 * h.members.length) v(`participation CSS ${css.participationCents} > 30 € par personne`);
  // RSA.
  if (e.rsa.amountCents > rsaBound(h)) v(`RSA ${e.rsa.amountCents} > montant forfaitaire ${rsaBound(h)}`);
  if (e.rsa.amountCents > 0 && e.rsa.amountCents < 600) v('RSA versé sous le seuil de 6 €');
  // Prime d'activité: no earnings, no prime.
  const earns = h.members.some((m) => m.incomes.salaryNet > 0);
  if (!earns && e.primeActivite.amountCents > 0) v(`prime d'activité ${e.primeActivite.amountCents} sans revenu d'activité`);
  if (e.primeActivite.brutCents > 0 && e.primeActivite.brutCents < 1500) v('prime d’activité versée sous 15 €');
  // Allocations familiales: at least 2 children under 20 (or the 20-year forfait in a family of 3).
  const under20 = h.members.filter((m) => m.role === 'child' && m.age < 20).length;
  const at20 = h.members.filter((m) => m.role === 'child' && m.age === 20).length;
  if (under20 < 2 && !(at20 > 0 && under20 + at20 >= 3) && e.allocationsFamiliales.amountCents > 0) v(`AF ${e.allocationsFamiliales.amountCents} avec ${under20} enfant(s) de moins de 20 ans`);
  if (!h.members.some((m) => m.role === 'child') && (e.allocationsFamiliales.asf > 0 || e.allocationsFamiliales.cf > 0 || e.allocationsFamiliales.pajeBase > 0)) v('prestations familiales sans enfant');
  if (h.couple && e.allocationsFamiliales.asf > 0) v('ASF versée à un couple');
  // Chèque énergie: one of the barème amounts, nothing for people without a taxable dwelling.
  const b = valueAt(CE_BAREME, `${h.period.slice(0, 4)}-01`);
  const allowed = new Set([...b.uneUc, ...b.entreUneEtDeuxUc, ...b.deuxUcEtPlus].map((x) => Math.round(x * 100)));
  if (!allowed.has(e.chequeEnergie.amountCents)) v(`chèque énergie ${e.chequeEnergie.amountCents} hors barème`);
  const s = h.housing.status;
  if ((s === 'heberge' || s === 'sans_domicile' || (s === 'locataire' && h.housing.rentalType === 'foyer')) && e.chequeEnergie.amountCents > 0) v(`chèque énergie pour ${s}`);
  // Housing aid: tenants only (the foyer barème is not modelled).
  if ((s !== 'locataire' || h.housing.rentalType === 'foyer') && e.aideLogement.amountCents > 0) v(`aide au logement pour ${s}/${h.housing.rentalType}`);
  if ((e.aideLogement.amountCents > 0) !== (e.aideLogement.kind !== null)) v('type d’aide au logement incohérent');
  // ASPA: age 65, or the legal retirement age with an incapacity over 50 %.
  const aspaAge = h.members.some((m) => m.role === 'adult' && (m.age >= 65 || (m.age >= 64 && m.disabilityRate > 0.5)));
  if (!aspaAge && e.aspa.amountCents > 0) v(`ASPA ${e.aspa.amountCents} avant l'âge`);
  // AAH: an incapacity of at least 50 %, at most the maximal amount + MVA per eligible member.
  const aahMembers = h.members.filter((m) => m.disabilityRate >= 0.5 || m.aahOverride !== null).length;
  const aahMax = Math.round((valueAt(AAH_MONTANT, h.period) + valueAt(AAH_MVA, h.period)) * 100) * aahMembers;
  if (e.aah.amountCents > aahMax) v(`AAH ${e.aah.amountCents} > ${aahMax}`);
}

function checkExplanations(h: Household, e: Evaluation, out: Violation[]): void {
  const v = (what: string) => out.push({ id: h.id, period: h.period, what });
  for (const k of BENEFITS) {
    const r = e[k];
    if ((r.eligible || r.amountCents > 0) && r.steps.length === 0) v(`${k} : montant ${r.amountCents} sans étape d’explication`);
  }
}

/** Months for which each parameter was used past its stamp (parameter name → months). */
const staleUses = new Map<string, Set<string>>();

function checkParameters(h: Household, e: Evaluation, out: Violation[]): void {
  const v = (what: string) => out.push({ id: h.id, period: h.period, what });
  for (const k of BENEFITS) {
    for (const w of e[k].warnings) if (w.includes('non renseigné')) v(`${k} : ${w}`);
    for (const u of e[k].parameters) {
      if (!u.stale) continue;
      const key = `${u.name} (vérifié jusqu'au ${u.stillValidOn})`;
      if (!staleUses.has(key)) staleUses.set(key, new Set());
      staleUses.get(key)!.add(h.period);
      if (!(u.name in KNOWN_STALE)) v(`${k} : paramètre ${u.name} vérifié jusqu'au ${u.stillValidOn} seulement`);
    }
  }
}

function staleSummary(): string {
  return [...staleUses.entries()].map(([k, months]) => `${k} : ${[...months].sort().join(' ')}`).join('\n');
}

function withExtraSalary(input: ReferenceInput, euros: number): ReferenceInput {
  const members = input.members.map((m, i) => {
    if (i !== 0) return m;
    const net = (m.salaire_net_mensuel ?? 0) + euros;
    const brut = Math.round((net / 0.7815) * 100) / 100;
    return { ...m, salaire_net_mensuel: net, salaire_brut_mensuel: brut, salaire_imposable_mensuel: Math.round((net + 0.029 * 0.9825 * brut) * 100) / 100 };
  });
  return { ...input, members };
}

function report(vs: Violation[]): string {
  return vs.slice(0, 25).map((x) => `${x.period} ${x.id}: ${x.what}`).join('\n') + (vs.length > 25 ? `\n… ${vs.length - 25} de plus` : '');
}

describe('shared custody (résidence alternée)', () => {
  const input = (shared: boolean): ReferenceInput => ({
    period: '2026-01', couple: true,
    members: [{ role: 'adult', age: 40, salaire_net_mensuel: 2500 }, { role: 'adult', age: 38 },
      { role: 'child', age: 15, garde_alternee: shared }, { role: 'child', age: 9, garde_alternee: shared }, { role: 'child', age: 4 }],
    housing: { status: 'proprietaire', zone: 2, loyer: 0 },
  });
  it('shares the AF part of each child in shared custody between the parents (CSS L521-2, R521-2)', () => {
    const full = evaluateHousehold(householdFromReference(input(false))).allocationsFamiliales;
    const half = evaluateHousehold(householdFromReference(input(true))).allocationsFamiliales;
    // 3 children, 2 of them alternating: base × (1 − 0,5 × 2/3); both age majorations halved.
    expect(half.afBase).toBe(Math.round(full.afBase * (1 - (0.5 * 2) / 3)));
    expect(half.afMajoration).toBe(Math.round(full.afMajoration / 2));
  });
});

describe(`robustness: generated households, every month ${MONTHS[0]} … ${MONTHS[MONTHS.length - 1]}`, () => {
  const inputs: ReferenceInput[] = [];
  for (let i = 0; i < MONTHS.length; i++) {
    inputs.push(...archetypes(MONTHS[i]), ...generateReferenceInputs(RANDOM_PER_MONTH, 20250101 + i, MONTHS[i]));
  }
  const errors: Violation[] = [];
  const invariants: Violation[] = [];
  const explanations: Violation[] = [];
  const parameters: Violation[] = [];
  const monotonicity: Violation[] = [];
  let evaluated = 0;
  let done = false;

  function run() {
    if (done) return;
    done = true;
    for (const input of inputs) {
      let h: Household;
      try {
        h = householdFromReference(input);
      } catch (err) {
        errors.push({ id: String(input.id), period: input.period, what: `entrée refusée : ${(err as Error).message}` });
        continue;
      }
      let fast: Evaluation;
      try {
        fast = evaluateHousehold(h);
      } catch (err) {
        errors.push({ id: h.id, period: h.period, what: `exception : ${(err as Error).message}` });
        continue;
      }
      evaluated++;
      checkInvariants(h, fast, invariants);
      checkExplanations(h, fast, explanations);
      checkParameters(h, fast, parameters);
      // Monotonicity: 100 € more net salary for the first adult never raises the RSA, except where
      // the law itself has a cliff: the first euro of earnings ends the majoration pour la vie
      // autonome (CSS L821-1-2, 104,77 €), which the RSA counts as a resource.
      try {
        const richer = evaluateHousehold(householdFromReference(withExtraSalary(input, 100)));
        const mvaLost = richer.aah.complementCents < fast.aah.complementCents;
        if (richer.rsa.amountCents > fast.rsa.amountCents && !mvaLost) {
          monotonicity.push({ id: h.id, period: h.period, what: `RSA ${fast.rsa.amountCents} → ${richer.rsa.amountCents} avec 100 € de salaire en plus` });
        }
      } catch (err) {
        errors.push({ id: h.id, period: h.period, what: `exception (salaire +100 €) : ${(err as Error).message}` });
      }
    }
  }

  it('evaluates every household of every month without an exception', () => {
    run();
    expect(report(errors)).toBe('');
    expect(evaluated).toBe(inputs.length);
  });

  it('returns integer cents ≥ 0 and satisfies the legal invariants', () => {
    run();
    expect(report(invariants)).toBe('');
  });

  it('explains every benefit paid', () => {
    run();
    expect(report(explanations)).toBe('');
  });

  it('uses parameters recorded and checked for every month (no earliest-value fallback, no undocumented staleness)', () => {
    run();
    console.log(`Paramètres utilisés après leur date de vérification :\n${staleSummary() || '(aucun)'}`);
    expect(report(parameters.filter((x) => !x.what.includes('vérifié jusqu')))).toBe('');
    const undocumented = [...staleUses.keys()].filter((k) => !(k.split(' ')[0] in KNOWN_STALE));
    expect(undocumented).toEqual([]);
  });

  it('never raises the RSA when earnings rise', () => {
    run();
    expect(report(monotonicity)).toBe('');
  });
});
