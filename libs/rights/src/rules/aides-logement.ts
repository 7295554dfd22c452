// Aides personnelles au logement, rental sector (CCH L821-1 s., L823-1; D823-16 s.; arrêté du
// 27 septembre 2019). One formula for the three aids: APL for a conventionné dwelling (HLM here),
// ALF when the household has a dependant, ALS otherwise.
//   aide = L + C − Pp, with L = Math.min(loyer, plafond), C = forfait charges,
//   Pp = P0 + (TF + TL) × (R − R0)            (participation personnelle, D823-17)
// then dégressivité/suppression when the rent is far above the plafond (D823-16 II), −5 €
// minoration, −98 % of the réduction de loyer de solidarité for APL in HLM, −0.5 % CRDS, and no
// payment under 10 € for AL (0 for APL). Owners (accession), foyers, hosted persons and homeless
// people get 0 here.
import { ageAtMonth, ageAtIndex, monthIndex, type Household, type Period } from '../household';
import { staleWarning, type ParameterUse } from '../parameters/dated';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { alParams, type AlParams, type ZoneCents } from './aides-logement/compiled';
import { housingAidResources, newDetail, type ResourceDetail } from './aides-logement/resources';

/** 2026.2: CCH R822-20 student forfait as a replacement of the resources (was a floor). */
export const AIDE_LOGEMENT_RULE_VERSION = 'aide_logement@2026.2';

export interface AideLogementContext {
  /** RSA paid to the household in month period-1 (cents): neutralises activity income when > 0. */
  rsaPreviousMonthCents: number;
}

export interface AideLogementResult extends BenefitResult {
  kind: 'apl' | 'als' | 'alf' | null;
}

const CCH = 'CCH';

function result(
  period: Period,
  p: AlParams,
  eligible: boolean,
  amountCents: number,
  kind: AideLogementResult['kind'],
  steps: ExplanationStep[],
  forfaitEtudiantUse: ParameterUse | null = null,
): AideLogementResult {
  const stale = forfaitEtudiantUse?.stale === true;
  return {
    benefit: 'aide_logement',
    period,
    eligible,
    amountCents,
    ruleVersion: AIDE_LOGEMENT_RULE_VERSION,
    parameters: forfaitEtudiantUse === null ? p.uses : [...p.uses, forfaitEtudiantUse],
    steps,
    warnings: stale ? [...p.warnings, staleWarning(forfaitEtudiantUse)] : p.warnings,
    kind,
  };
}

function plafondFor(z: ZoneCents, couple: boolean, pac: number, single: boolean): number {
  if (single) return z.seul;
  if (pac > 0) return z.unePac + (pac - 1) * z.parPacSupp;
  return couple ? z.couple : z.seul;
}

function tauxFamille(p: AlParams, couple: boolean, pac: number): number {
  const tf = p.tf;
  if (pac === 0) return couple ? tf.couple : tf.seul;
  if (pac <= 4) return tf.pac[pac - 1];
  return tf.pac[3] + (pac - 4) * tf.parPacSupp;
}

function r0For(p: AlParams, couple: boolean, pac: number): number {
  const r0 = p.r0;
  let euros: number;
  if (pac === 0) euros = couple ? r0.couple : r0.seul;
  else if (pac <= 6) euros = r0.pac[pac - 1];
  else euros = r0.pac[5] + (pac - 6) * r0.parPacSupp;
  return euros * 100;
}

function rlsPlafond(p: AlParams, zone: number, couple: boolean, pac: number): number {
  const t = p.rlsPlafonds[zone - 1];
  let euros: number;
  if (pac === 0) euros = couple ? t.couple : t.seul;
  else if (pac <= 6) euros = t.pac[pac - 1];
  else euros = t.pac[5] + (pac - 6) * t.parPacSupp;
  return euros * 100;
}

/** Dependants for the housing aid: children under 21 (CCH R823-4). */
export function personnesACharge(h: Household, period: Period, ageLimite: number): number {
  return personnesAChargeAt(h, monthIndex(h.period), monthIndex(period), ageLimite);
}

export function personnesAChargeAt(h: Household, pIdx: number, at: number, ageLimite: number): number {
  let n = 0;
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i];
    if (m.role !== 'child') continue;
    // A child not yet born in a look-back month is not a dependant (age < 0).
    const age = ageAtIndex(m, pIdx, at);
    if (age >= 0 && age < ageLimite) n++;
  }
  return n;
}

/** Intermediates of one housing-aid computation (explanations). */
export interface AideLogementDetail {
  /** False when the household is not a tenant (or lives in a foyer): amount 0, nothing else set. */
  rental: boolean;
  kind: 'apl' | 'als' | 'alf';
  pac: number;
  loyer: number;
  charges: number;
  R0: number;
  tauxParticipation: number;
  participation: number;
  coefDegressivite: number;
  brut: number;
  rls: number;
  resources: ResourceDetail;
}

export const newAideLogementDetail = (): AideLogementDetail => ({
  rental: false, kind: 'als', pac: 0, loyer: 0, charges: 0, R0: 0, tauxParticipation: 0, participation: 0,
  coefDegressivite: 1, brut: 0, rls: 0, resources: newDetail(),
});

/** Dependants of the month (CCH R823-4): children under the age limit, born by then. */
function personnesAChargeDuMois(a: HouseholdAggregates, pIdx: number, at: number, p: AlParams): number {
  let pac = 0;
  for (let i = 0; i < a.children; i++) {
    const age = ageAtMonth(a.childAge[i], pIdx, at);
    if (age >= 0 && age < p.ageLimiteEnfant) pac++;
  }
  return pac;
}

/** Loyer réel: 2/3 of a furnished rent for the AL (for the APL, only furnished rooms), rounded to the euro (arrêté du 27 septembre 2019, art. 7). */
function loyerReel(h: Household, apl: boolean): number {
  const housing = h.housing;
  const meuble = housing.rentalType === 'meuble';
  const coefMeuble = (apl ? meuble && housing.room : meuble) ? 2 / 3 : 1;
  return Math.round((housing.rent * coefMeuble) / 100) * 100;
}

/** Loyer plafond of the zone (arrêté art. 7), reduced in colocation and for a room (art. 8). */
function loyerPlafond(h: Household, p: AlParams, pac: number): number {
  const housing = h.housing;
  let plafond = plafondFor(p.plafonds[housing.zone - 1], h.couple, pac, housing.room || (!h.couple && pac === 0));
  if (housing.coloc) plafond *= p.coefColoc;
  if (housing.room) plafond *= p.coefChambre;
  return Math.round(plafond);
}

/**
 * Taux de participation TF + TL (CCH D823-17): TL compares the retained rent with the zone II
 * plafond of the same household (arrêté art. 12).
 */
function tauxParticipation(p: AlParams, couple: boolean, pac: number, loyer: number): number {
  const loyerReference = plafondFor(p.plafonds[1], couple, pac, !couple && pac === 0);
  const rl = loyer / loyerReference;
  const tl = rl >= p.tl.s2 ? p.tl.t3 * (rl - p.tl.s2) + p.tl.t2 * (p.tl.s2 - p.tl.s1) : Math.max(0, p.tl.t2 * (rl - p.tl.s1));
  return tauxFamille(p, couple, pac) + tl;
}

/**
 * Dégressivité then suppression when the real rent exceeds k × plafond (CCH D823-16), except when a
 * member is disabled. Returns the coefficient applied to the aid.
 */
function coefficientDegressivite(a: HouseholdAggregates, p: AlParams, zone: number, plafond: number, reel: number): number {
  if (a.anyDisabled) return 1;
  const k = p.degressivite[zone - 1];
  const loyerDegr = Math.round(plafond * k.degressivite);
  const loyerSupp = Math.round(plafond * k.suppression);
  if (reel > loyerSupp) return 0;
  if (reel > loyerDegr) return 1 - (reel - loyerDegr) / (loyerSupp - loyerDegr);
  return 1;
}

/** Réduction de loyer de solidarité of a social-housing tenant under its ceiling (CCH L442-2-1). */
function reductionLoyerSolidarite(p: AlParams, zone: number, couple: boolean, pac: number, R: number): number {
  if (R / 12 >= rlsPlafond(p, zone, couple, pac)) return 0;
  const m = p.rlsMontants[zone - 1];
  return pac === 0 ? (couple ? m.couple : m.seul) : m.unePac + (pac - 1) * m.parPacSupp;
}

/**
 * The housing aid of the rented sector (CCH L823-1, D823-16, D823-17) for month index `at`,
 * p = alParams(at): loyer + charges − participation personnelle, minored, after the RLS and the
 * CRDS. Returns the amount paid (cents); the intermediates go into `d`.
 */
export function aideLogementAmount(
  h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: AlParams, rsaPreviousMonthCents: number, d: AideLogementDetail,
): number {
  const housing = h.housing;
  d.rental = housing.status === 'locataire' && housing.rentalType !== 'foyer';
  if (!d.rental) return 0;
  const couple = h.couple;
  const pac = personnesAChargeDuMois(a, pIdx, at, p);
  const apl = housing.rentalType === 'hlm';
  const reel = loyerReel(h, apl);
  const plafond = loyerPlafond(h, p, pac);
  const loyer = Math.min(reel, plafond);
  const charges = (housing.coloc && !couple ? p.chargesBase / 2 : p.chargesBase) + pac * p.chargesParPac;
  const R = housingAidResources(h, a, pIdx, at, p, rsaPreviousMonthCents, d.resources);
  const R0 = r0For(p, couple, pac);
  const depense = loyer + charges;
  const taux = tauxParticipation(p, couple, pac, loyer);
  const participation = Math.max(p.p0Taux * depense, p.p0Forfait) + taux * Math.max(0, R - R0);
  let montant = Math.max(0, depense - participation);
  if (montant < (apl ? p.seuilApl : p.seuilAl)) montant = 0;
  const coef = coefficientDegressivite(a, p, housing.zone, plafond, reel);
  const brut = Math.max(0, Math.round(montant * coef) - p.minoration);
  const rls = apl ? reductionLoyerSolidarite(p, housing.zone, couple, pac, R) : 0;
  const net = Math.round(Math.max(0, brut - p.rlsFraction * rls) * (1 - p.crds));
  Object.assign(d, { kind: apl ? 'apl' : pac > 0 ? 'alf' : 'als', pac, loyer, charges, R0, tauxParticipation: taux, participation, coefDegressivite: coef, brut, rls });
  return net;
}

export function computeAideLogement(
  h: Household,
  period: Period,
  ctx: AideLogementContext,
): AideLogementResult {
  const p = alParams(period);
  const steps: ExplanationStep[] = [];
  const d = newAideLogementDetail();
  const net = aideLogementAmount(h, aggregatesOf(h), monthIndex(h.period), monthIndex(period), p, ctx.rsaPreviousMonthCents, d);
  if (!d.rental) {
    step(steps, h.housing.status === 'locataire' ? 'al.foyer_non_calcule' : 'al.non_locataire', {}, 0, `${CCH} L823-1`);
    return result(period, p, false, 0, null, steps);
  }
  const kind = d.kind;

  const { couple } = h;
  const { pac, loyer, charges, R0, participation, brut, rls } = d;
  const zone = h.housing.zone;
  const R = d.resources.retenu;
  step(steps, 'al.aide', { aide: kind, couple, pac, zone }, undefined, `${CCH} L821-1, L823-1`);
  if (d.resources.forfaitEtudiant > 0) step(steps, 'al.forfait_etudiant', { montant: d.resources.forfaitEtudiant }, d.resources.forfaitEtudiant, `${CCH} R822-20`);
  step(steps, 'al.ressources', { montant: R, neutralise: d.resources.neutralise }, R, `${CCH} R822-2 s.`);
  step(steps, 'al.loyer', { zone, montant: loyer }, loyer, 'Arrêté du 27/09/2019, art. 7');
  step(steps, 'al.charges', { montant: charges }, charges, 'Arrêté du 27/09/2019, art. 8');
  step(steps, 'al.r0', { montant: R0, taux: d.tauxParticipation }, R0, `${CCH} D823-17`);
  step(steps, 'al.participation', { montant: Math.round(participation) }, Math.round(participation), `${CCH} D823-17`);
  if (d.coefDegressivite < 1) step(steps, 'al.degressivite', { coefficient: d.coefDegressivite }, undefined, `${CCH} D823-16`);
  step(steps, 'al.minoration', { minoration: p.minoration, montant: brut }, brut, `${CCH} D823-16`);
  if (rls > 0) step(steps, 'al.rls', { montant: rls }, rls, `${CCH} L442-2-1`);
  step(steps, 'al.verse', { montant: net }, net, 'Ordonnance 96-50, art. 14');
  return result(period, p, net > 0, net, net > 0 ? kind : null, steps, d.resources.forfaitEtudiantUse);
}
