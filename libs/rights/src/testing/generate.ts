// Deterministic household generator in the reference-case input schema (shared/rights-cases/
// SCHEMA.md, euros), for robustness tests: many shapes (singles, couples of the three kinds,
// 0-6 children of every age incl. 20-year-olds and shared custody, single parents with or without
// ASF, students, retirees, disabled adults at 50-79 % and ≥ 80 %, every housing status and rental
// type, zones 1-3, DOM and Alsace-Moselle communes, zero to high incomes, savings).
// Income conventions follow the reference generator (meta.conventions of the case files):
// brut = net / 0.7815, imposable = net + 0.029 × 0.9825 × brut; chômage imposable = 1.03 × net;
// pensions: no CSG below 1 000 € net, reduced rate up to 1 300 €, full rate above.
import type { ReferenceInput } from '../adapters/reference-case';

/** xorshift32: same seed, same sequence on every platform. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

type Rand = () => number;
type MemberInput = ReferenceInput['members'][number];

const round2 = (x: number): number => Math.round(x * 100) / 100;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const between = (r: Rand, lo: number, hi: number): number => round2(lo + r() * (hi - lo));

/** Monthly net salary of a given profile (0 = none). */
function salary(r: Rand, level: 'none' | 'low' | 'mid' | 'high' | 'very_high'): number {
  switch (level) {
    case 'none': return 0;
    case 'low': return between(r, 80, 900);
    case 'mid': return between(r, 900, 2200);
    case 'high': return between(r, 2200, 6000);
    case 'very_high': return between(r, 6000, 25000);
  }
}

function withSalary(m: MemberInput, net: number): MemberInput {
  if (net <= 0) return m;
  const brut = round2(net / 0.7815);
  return { ...m, salaire_net_mensuel: net, salaire_brut_mensuel: brut, salaire_imposable_mensuel: round2(net + 0.029 * 0.9825 * brut) };
}

function withPension(m: MemberInput, net: number): MemberInput {
  if (net <= 0) return m;
  // CSG/CRDS on pensions: none under 1 000 € net, 3.8 % + 0.5 % up to 1 300 €, 8.3 % + 0.5 % + CASA above.
  const rate = net < 1000 ? 0 : net < 1300 ? 0.043 : 0.091;
  const brut = round2(net / (1 - rate));
  const deductible = net < 1000 ? 0 : net < 1300 ? 0.038 : 0.059;
  return { ...m, retraite_net: net, retraite_brute: brut, retraite_imposable: round2(brut * (1 - deductible)) };
}

function withUnemployment(m: MemberInput, net: number): MemberInput {
  if (net <= 0) return m;
  return { ...m, chomage_net: net, chomage_imposable: round2(1.03 * net) };
}

type AdultKind = 'worker' | 'low_worker' | 'unemployed' | 'inactive' | 'student' | 'retiree' | 'disabled80' | 'disabled50' | 'rich';

function adult(r: Rand, kind: AdultKind, ageHint?: number): MemberInput {
  let m: MemberInput = { role: 'adult', age: ageHint ?? 18 + Math.floor(r() * 45) };
  switch (kind) {
    case 'worker':
      m = withSalary(m, salary(r, r() < 0.7 ? 'mid' : 'high'));
      break;
    case 'low_worker':
      m = withSalary(m, salary(r, 'low'));
      if (r() < 0.3) m = withUnemployment(m, between(r, 200, 900));
      break;
    case 'unemployed':
      m = withUnemployment(m, between(r, 300, 1800));
      break;
    case 'inactive':
      if (r() < 0.2) m = { ...m, pensions_alimentaires_percues: between(r, 50, 400) };
      break;
    case 'student':
      m = { ...m, age: ageHint ?? 18 + Math.floor(r() * 10), etudiant: true };
      if (r() < 0.4) m = withSalary(m, salary(r, 'low'));
      break;
    case 'retiree':
      m = { ...m, age: ageHint ?? 60 + Math.floor(r() * 35) };
      m = withPension(m, r() < 0.3 ? 0 : between(r, 300, 3500));
      if (!m.retraite_net) m = { ...m, activite: 'retraite' };
      break;
    case 'disabled80':
      m = { ...m, handicap: true, taux_incapacite: pick(r, [0.8, 0.85, 1]) };
      if (r() < 0.3) m = withSalary(m, salary(r, r() < 0.5 ? 'low' : 'mid'));
      else if (r() < 0.2) m = withPension(m, between(r, 200, 1200));
      break;
    case 'disabled50':
      m = { ...m, handicap: true, taux_incapacite: pick(r, [0.5, 0.6, 0.79]), restriction_substantielle_durable_acces_emploi: r() < 0.7 };
      if (r() < 0.3) m = withSalary(m, salary(r, 'low'));
      break;
    case 'rich':
      m = withSalary(m, salary(r, 'very_high'));
      break;
  }
  return m;
}

const ADULT_KINDS: readonly AdultKind[] = [
  'worker', 'worker', 'low_worker', 'low_worker', 'unemployed', 'inactive', 'inactive', 'student', 'retiree',
  'retiree', 'disabled80', 'disabled50', 'rich',
];

/** Child ages chosen to hit every threshold: 0-2 (PAJE, RSA majoré), 3 (CF), 14 (AF majoration), 20 and 21 (AF forfait, AL), 24-25 (RSA/CSS). */
const CHILD_AGES = [0, 1, 2, 3, 5, 8, 11, 13, 14, 15, 17, 18, 19, 20, 20, 21, 22, 24];

function housing(r: Rand, _adults: MemberInput[]): NonNullable<ReferenceInput['housing']> {
  const zone = pick(r, [1, 2, 3] as const);
  const u = r();
  const depcom = r() < 0.06 ? pick(r, ['97411', '97105', '97209']) : r() < 0.08 ? '67482' : undefined;
  const base = depcom ? { zone, depcom } : { zone };
  if (u < 0.18) return { ...base, status: 'locataire', type: 'hlm', loyer: between(r, 150, 700) };
  if (u < 0.4) {
    const coloc = r() < 0.2;
    const chambre = !coloc && r() < 0.15;
    return { ...base, status: 'locataire', type: 'vide', loyer: between(r, chambre ? 150 : 250, r() < 0.1 ? 3500 : 1400), coloc, logement_chambre: chambre };
  }
  if (u < 0.52) return { ...base, status: 'locataire', type: 'meuble', loyer: between(r, 300, 1200), coloc: r() < 0.25, logement_chambre: r() < 0.2 };
  if (u < 0.57) return { ...base, status: 'locataire', type: 'foyer', loyer: between(r, 200, 600) };
  if (u < 0.72) return { ...base, status: 'proprietaire', loyer: 0 };
  if (u < 0.78) return { ...base, status: 'primo_accedant', loyer: between(r, 400, 1500) };
  if (u < 0.93) return { ...base, status: 'heberge', loyer: 0 };
  return { ...base, status: 'sans_domicile', loyer: 0 };
}

/**
 * `n` reference-case inputs for `period`, deterministic in `seed`. The first inputs are fixed
 * archetypes (so every shape is present whatever `n`), the rest are random combinations.
 */
export function generateReferenceInputs(n: number, seed: number, period: string): ReferenceInput[] {
  const r = rng(seed);
  const out: ReferenceInput[] = [];
  for (let i = 0; i < n; i++) {
    const couple = r() < 0.45;
    const kindA = pick(r, ADULT_KINDS);
    const adults: MemberInput[] = [adult(r, kindA)];
    if (couple) {
      // Retirees mostly live with someone of similar age; otherwise independent draws.
      const kindB = kindA === 'retiree' && r() < 0.7 ? 'retiree' : pick(r, ADULT_KINDS);
      adults.push(adult(r, kindB, kindA === 'retiree' && kindB === 'retiree' ? Math.max(18, (adults[0].age) + Math.floor(r() * 11) - 5) : undefined));
    }
    const kidsRoll = r();
    const nKids = adults[0].age > 70 ? 0 : kidsRoll < 0.4 ? 0 : kidsRoll < 0.6 ? 1 : kidsRoll < 0.78 ? 2 : kidsRoll < 0.9 ? 3 : Math.floor(4 + r() * 3);
    const kids: MemberInput[] = [];
    const shared = r() < 0.15;
    for (let k = 0; k < nKids; k++) {
      const age = Math.min(pick(r, CHILD_AGES), Math.max(0, adults[0].age - 16));
      let child: MemberInput = { role: 'child', age };
      if (shared && r() < 0.8) child = { ...child, garde_alternee: true };
      if (age >= 16 && r() < 0.15) child = withSalary(child, salary(r, 'low'));
      if (age >= 20 && r() < 0.1) child = { ...child, handicap: true, taux_incapacite: 0.8 };
      kids.push(child);
    }
    const input: ReferenceInput = {
      id: `gen${seed}-${i}`,
      period,
      couple,
      members: [...adults, ...kids],
      housing: housing(r, adults),
    };
    if (couple) input.couple_type = pick(r, ['marie', 'pacse', 'concubin'] as const);
    if (!couple && nKids > 0 && r() < 0.5) input.asf_eligible = false;
    if (r() < 0.2) {
      input.patrimoine = {
        livret_a: r() < 0.7 ? between(r, 0, 23000) : 0,
        epargne_revenus_non_imposables: r() < 0.4 ? between(r, 0, 60000) : 0,
        epargne_revenus_imposables: r() < 0.2 ? between(r, 0, 150000) : 0,
        valeur_immo_non_loue: r() < 0.1 ? between(r, 50000, 300000) : 0,
        valeur_locative_immo_non_loue: r() < 0.1 ? between(r, 2000, 12000) : 0,
        revenus_capital_mensuels: r() < 0.1 ? between(r, 0, 500) : 0,
      };
    }
    if (r() < 0.1) input.departement_experimentation_rsa = true;
    out.push(input);
  }
  return out;
}

/** Hand-picked shapes that random draws could miss (all for `period`). */
export function archetypes(period: string): ReferenceInput[] {
  const sal = (net: number): MemberInput => withSalary({ role: 'adult', age: 35 }, net);
  const H = { status: 'locataire' as const, type: 'vide' as const, zone: 2 as const, loyer: 550 };
  const list: Omit<ReferenceInput, 'period'>[] = [
    { id: 'seul-sans-revenu', members: [{ role: 'adult', age: 30 }], housing: H },
    { id: 'seul-24-ans', members: [{ role: 'adult', age: 24 }], housing: H },
    { id: 'seul-smic', members: [sal(1443)], housing: H },
    { id: 'couple-marie-2-enfants', couple: true, members: [sal(1600), sal(900), { role: 'child', age: 4 }, { role: 'child', age: 15 }], housing: { ...H, type: 'hlm', loyer: 480 } },
    { id: 'couple-pacse-6-enfants', couple: true, couple_type: 'pacse', members: [sal(2100), { role: 'adult', age: 38 }, ...[0, 2, 5, 9, 14, 20].map((age) => ({ role: 'child' as const, age }))], housing: { ...H, zone: 3, loyer: 900 } },
    { id: 'concubins-garde-alternee', couple: true, couple_type: 'concubin', members: [sal(1200), sal(700), { role: 'child', age: 7, garde_alternee: true }, { role: 'child', age: 12, garde_alternee: true }], housing: { ...H, zone: 1, loyer: 1100 } },
    { id: 'parent-isole-asf', members: [{ role: 'adult', age: 28 }, { role: 'child', age: 1 }], housing: { ...H, loyer: 480 } },
    { id: 'parent-isole-sans-asf', asf_eligible: false, members: [sal(1000), { role: 'child', age: 6 }, { role: 'child', age: 10 }], housing: H },
    { id: 'etudiant-coloc', members: [{ role: 'adult', age: 21, etudiant: true }], housing: { ...H, coloc: true, loyer: 420 } },
    { id: 'etudiant-chambre-meuble', members: [{ role: 'adult', age: 20, etudiant: true }], housing: { ...H, type: 'meuble', logement_chambre: true, loyer: 380 } },
    { id: 'retraite-seul-aspa', members: [withPension({ role: 'adult', age: 72 }, 650)], housing: { status: 'proprietaire', zone: 3, loyer: 0 } },
    { id: 'retraites-couple', couple: true, members: [withPension({ role: 'adult', age: 68 }, 900), withPension({ role: 'adult', age: 66 }, 300)], housing: { ...H, type: 'hlm', loyer: 420 } },
    { id: 'retraite-conjoint-actif', couple: true, members: [withPension({ role: 'adult', age: 67 }, 800), sal(1500)], housing: H },
    { id: 'aah-80-seul', members: [{ role: 'adult', age: 45, handicap: true, taux_incapacite: 0.8 }], housing: H },
    { id: 'aah-50-rsdae-travail', members: [withSalary({ role: 'adult', age: 40, handicap: true, taux_incapacite: 0.6, restriction_substantielle_durable_acces_emploi: true }, 500)], housing: H },
    { id: 'aah-64-ans-inaptitude', members: [{ role: 'adult', age: 64, handicap: true, taux_incapacite: 0.8 }], housing: { status: 'heberge', zone: 2, loyer: 0 } },
    { id: 'foyer', members: [{ role: 'adult', age: 50 }], housing: { status: 'locataire', type: 'foyer', zone: 2, loyer: 400 } },
    { id: 'heberge', members: [{ role: 'adult', age: 27 }], housing: { status: 'heberge', zone: 2, loyer: 0 } },
    { id: 'sans-domicile', members: [{ role: 'adult', age: 45 }], housing: { status: 'sans_domicile', zone: 2, loyer: 0 } },
    { id: 'primo-accedant', couple: true, members: [sal(2500), sal(2000), { role: 'child', age: 2 }], housing: { status: 'primo_accedant', zone: 2, loyer: 1100 } },
    { id: 'hauts-revenus', couple: true, members: [sal(12000), sal(9000), { role: 'child', age: 3 }, { role: 'child', age: 8 }, { role: 'child', age: 16 }], housing: { status: 'proprietaire', zone: 1, loyer: 0 } },
    { id: 'epargne', members: [{ role: 'adult', age: 58 }], housing: H, patrimoine: { livret_a: 22950, epargne_revenus_non_imposables: 40000, valeur_locative_immo_non_loue: 6000, valeur_immo_non_loue: 150000 } },
    { id: 'dom', members: [{ role: 'adult', age: 33 }, { role: 'child', age: 5 }], housing: { ...H, depcom: '97411' } },
    { id: 'alsace-moselle', couple: true, members: [sal(1400), { role: 'adult', age: 33 }], housing: { ...H, depcom: '67482' } },
    { id: 'loyer-tres-eleve', members: [sal(600)], housing: { ...H, zone: 2, loyer: 4000 } },
    { id: 'experimentation-rsa', departement_experimentation_rsa: true, members: [sal(700)], housing: H },
  ];
  return list.map((x) => ({ ...x, period }));
}

/** Every month from `from` to `to` inclusive ('YYYY-MM'). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const p = `${y}-${m < 10 ? '0' : ''}${m}`;
    if (p > to) return out;
    out.push(p);
    if (++m > 12) { m = 1; y++; }
  }
}
