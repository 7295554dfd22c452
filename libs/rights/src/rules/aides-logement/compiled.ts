// Housing-aid parameters of a month, resolved once and converted to cents.
import type { Period } from '../../household';
import { memoByPeriod, Resolver, eurosToCents, lookup, toDate, type DatedParameter, type ParameterUse } from '../../parameters/dated';
import * as AL from '../../parameters/aides-logement';
import { RLS_FRACTION_APL, RLS_MONTANTS, RLS_PLAFONDS } from '../../parameters/reduction-loyer-solidarite';
import { IR_ABATTEMENT_FRAIS_PRO, IR_ABATTEMENT_PENSIONS } from '../../parameters/fiscal';
import { ASPA_PLAFOND } from '../../parameters/aspa';
import { BMAF } from '../../parameters/prestations-familiales';
import { RSA_ABATTEMENT_VALEUR_LOCATIVE } from '../../parameters/rsa';

export interface ZoneCents {
  seul: number;
  couple: number;
  unePac: number;
  parPacSupp: number;
}

export interface AlParams {
  plafonds: ZoneCents[];
  coefColoc: number;
  coefChambre: number;
  chargesBase: number;
  chargesParPac: number;
  p0Forfait: number;
  p0Taux: number;
  r0: AL.R0Table;
  tf: AL.TfTable;
  tl: AL.TlTable;
  degressivite: AL.ParZone<{ degressivite: number; suppression: number }>;
  minoration: number;
  seuilAl: number;
  seuilApl: number;
  abattementDoubleActivite: number;
  seuilBiactivite: number;
  abattementChomage: number;
  seuilPatrimoine: number;
  tauxPatrimoine: number;
  partValeurLocative: number;
  /** CCH R822-20 forfait of a non-boursier student tenant (cents/year); the other three are looked up when they apply. */
  forfaitEtudiant: number;
  etudiantAgeMax: number;
  ageLimiteEnfant: number;
  crds: number;
  /** Frais professionnels deduction of the rolling year (parameters of year N-1). */
  proTaux: number;
  proMin: number;
  proMax: number;
  penTaux: number;
  penMin: number;
  penMax: number;
  /** Resources of a child above 1.25 × ASPA ceiling (value of 31 December N-2) count. */
  abattementEnfant: number;
  rlsMontants: ZoneCents[];
  rlsPlafonds: AL.ParZone<{ seul: number; couple: number; pac: readonly number[]; parPacSupp: number }>;
  rlsFraction: number;
  uses: ParameterUse[];
  warnings: string[];
}

/**
 * Look-back windows (RSA, CSS) may ask for months before a parameter's first recorded value: the
 * earliest value is then used and the result says so, instead of failing.
 */
function getOrEarliest<T>(r: Resolver, p: DatedParameter<T>, at: Period): T {
  if (toDate(at) >= p.values[0].from) {
    if (at === r.period) return r.get(p);
    const { value, use } = lookup(p, at);
    r.uses.push(use);
    return value;
  }
  r.warnings.push(`Paramètre ${p.name} non renseigné avant le ${p.values[0].from} : première valeur connue utilisée.`);
  const { value, use } = lookup(p, p.values[0].from);
  r.uses.push(use);
  return value;
}

const zoneCents = (z: { seul: number; couple: number; unePac: number; parPacSupp: number }): ZoneCents => ({
  seul: eurosToCents(z.seul),
  couple: eurosToCents(z.couple),
  unePac: eurosToCents(z.unePac),
  parPacSupp: eurosToCents(z.parPacSupp),
});

export const alParams = memoByPeriod((period: Period): AlParams => {
  const r = new Resolver(period);
  const g = <T>(p: DatedParameter<T>): T => getOrEarliest(r, p, period);
  const year = Number(period.slice(0, 4));
  const pro = getOrEarliest(r, IR_ABATTEMENT_FRAIS_PRO, `${year - 1}-01`);
  const pen = getOrEarliest(r, IR_ABATTEMENT_PENSIONS, `${year}-01`);
  const aspa = getOrEarliest(r, ASPA_PLAFOND, `${year - 2}-12`);
  const charges = g(AL.AL_FORFAIT_CHARGES);
  return {
    plafonds: g(AL.AL_LOYERS_PLAFONDS).map(zoneCents),
    coefColoc: g(AL.AL_COEF_COLOCATION),
    coefChambre: g(AL.AL_COEF_CHAMBRE),
    chargesBase: eurosToCents(charges.base),
    chargesParPac: eurosToCents(charges.parPac),
    p0Forfait: eurosToCents(g(AL.AL_P0_FORFAIT)),
    p0Taux: g(AL.AL_P0_TAUX),
    r0: g(AL.AL_R0),
    tf: g(AL.AL_TF),
    tl: g(AL.AL_TL),
    degressivite: g(AL.AL_DEGRESSIVITE),
    minoration: eurosToCents(g(AL.AL_MINORATION)),
    seuilAl: eurosToCents(g(AL.AL_SEUIL_VERSEMENT_AL)),
    seuilApl: eurosToCents(g(AL.AL_SEUIL_VERSEMENT_APL)),
    abattementDoubleActivite: eurosToCents(g(AL.AL_ABATTEMENT_DOUBLE_ACTIVITE)),
    seuilBiactivite: eurosToCents(12 * g(BMAF)),
    abattementChomage: g(AL.AL_ABATTEMENT_CHOMAGE),
    seuilPatrimoine: eurosToCents(g(AL.AL_SEUIL_PATRIMOINE)),
    tauxPatrimoine: g(AL.AL_TAUX_PATRIMOINE),
    partValeurLocative: g(RSA_ABATTEMENT_VALEUR_LOCATIVE),
    forfaitEtudiant: eurosToCents(g(AL.AL_FORFAIT_ETUDIANT)),
    etudiantAgeMax: g(AL.AL_ETUDIANT_AGE_MAX),
    ageLimiteEnfant: g(AL.AL_AGE_LIMITE_ENFANT),
    crds: g(AL.CRDS_TAUX),
    proTaux: pro.taux,
    proMin: eurosToCents(pro.min),
    proMax: eurosToCents(pro.max),
    penTaux: pen.taux,
    penMin: eurosToCents(pen.min),
    penMax: eurosToCents(pen.max),
    abattementEnfant: eurosToCents(1.25 * aspa.seul),
    rlsMontants: g(RLS_MONTANTS).map(zoneCents),
    rlsPlafonds: g(RLS_PLAFONDS),
    rlsFraction: g(RLS_FRACTION_APL),
    uses: r.uses,
    warnings: r.warnings,
  };
});
