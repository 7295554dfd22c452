// French sentences of the explanation steps. A rule records a step as data (a template key, the
// numbers, the legal reference); the sentence is written here when someone reads it (the API, the
// back office, the CLI), so that evaluation only pays for numbers and a stored explanation can be
// re-read in the wording of the day. Amounts are cents, rates fractions (0.5985 → "59,85 %").
import { formatEuros, formatRate, type ExplanationStep, type StepValues } from './result';

type Template = (v: StepValues) => string;

const n = (v: StepValues, k: string): number => Number(v[k] ?? 0);
const eur = (v: StepValues, k: string): string => formatEuros(n(v, k));

/** "un couple avec 1 enfant", "une personne seule", "un parent isolé avec 2 enfants". */
export function describeFoyer(couple: boolean, children: number): string {
  const kids = children === 1 ? '1 enfant' : `${children} enfants`;
  if (couple) return children === 0 ? 'un couple sans enfant' : `un couple avec ${kids}`;
  return children === 0 ? 'une personne seule' : `un parent isolé avec ${kids}`;
}

const foyer = (v: StepValues) => describeFoyer(v.couple === true, n(v, 'enfants'));
const membre = (v: StepValues) => `Membre ${n(v, 'membre')}`;

export const TEMPLATES = {
  // RSA (CASF L262-1 s.)
  'rsa.condition_age': () => 'Condition d’âge (25 ans, ou enfant à charge) ou d’études non remplie',
  'rsa.montant_forfaitaire': (v) => `Montant forfaitaire pour ${foyer(v)} : ${eur(v, 'montant')}`,
  'rsa.montant_majore': (v) => `Montant majoré pour parent isolé : ${eur(v, 'montant')}`,
  'rsa.forfait_logement': (v) => `Forfait logement déduit : ${eur(v, 'montant')}`,
  'rsa.ressources': (v) => `Ressources retenues (moyenne des 3 derniers mois) : ${eur(v, 'montant')}`,
  'rsa.prestations_familiales': (v) => `Prestations familiales retenues : ${eur(v, 'montant')}`,
  'rsa.autres_minima': (v) => `Autres minima sociaux retenus (AAH, ASPA…) : ${eur(v, 'montant')}`,
  'rsa.verse': (v) => `RSA estimé : ${eur(v, 'montant')}`,
  'rsa.non_verse': (v) => `Aucun RSA dû (montant inférieur à ${eur(v, 'minimum')})`,
  // Prime d'activité (CSS L841-1 s.)
  'ppa.foyer': (v) => `Foyer : ${foyer(v)}`,
  'ppa.mois.montant_forfaitaire': (v) => `${v.mois} — montant forfaitaire : ${eur(v, 'montant')}`,
  'ppa.mois.revenus_activite': (v) => `${v.mois} — revenus d’activité : ${eur(v, 'revenus')}, dont ${formatRate(n(v, 'pente'))} ajoutés : ${eur(v, 'ajout')}`,
  'ppa.mois.bonifications': (v) => `${v.mois} — bonifications individuelles : ${eur(v, 'montant')}`,
  'ppa.mois.ressources': (v) => `${v.mois} — ressources du foyer : ${eur(v, 'ressources')} ; forfait logement : ${eur(v, 'forfaitLogement')}`,
  'ppa.mois.prime': (v) => `${v.mois} — prime calculée pour le mois : ${eur(v, 'montant')}`,
  'ppa.moyenne': (v) => `Moyenne du trimestre de référence : ${eur(v, 'montant')}`,
  'ppa.versee': (v) => `Prime d’activité estimée (après CRDS de ${formatRate(n(v, 'crds'))}) : ${eur(v, 'montant')}`,
  'ppa.non_versee': (v) => `Aucune prime due (moins de ${eur(v, 'minimum')})`,
  // Aides au logement (CCH L821-1 s.)
  'al.foyer_non_calcule': () => 'Logement-foyer : barème spécifique non calculé ici',
  'al.non_locataire': () => 'Aide au logement du secteur locatif : le ménage n’est pas locataire',
  'al.aide': (v) => `Aide calculée : ${String(v.aide).toUpperCase()} (${v.couple === true ? 'couple' : 'personne seule'}${n(v, 'pac') > 0 ? `, ${n(v, 'pac')} personne(s) à charge` : ''}, zone ${n(v, 'zone')})`,
  'al.forfait_etudiant': (v) => `Étudiant : ressources réputées égales au forfait de ${eur(v, 'montant')} par an, à la place des revenus réels`,
  'al.ressources': (v) => `Ressources des 12 mois glissants (arrondies à la centaine supérieure) : ${eur(v, 'montant')}${v.neutralise === true ? ' — revenus d’activité neutralisés (RSA versé le mois précédent)' : ''}`,
  'al.loyer': (v) => `Loyer retenu (plafonné zone ${n(v, 'zone')}) : ${eur(v, 'montant')}`,
  'al.charges': (v) => `Forfait charges : ${eur(v, 'montant')}`,
  'al.r0': (v) => `Abattement R0 : ${eur(v, 'montant')} ; taux de participation TF + TL = ${formatRate(n(v, 'taux'))}`,
  'al.participation': (v) => `Participation personnelle : ${eur(v, 'montant')}`,
  'al.degressivite': (v) => `Dégressivité (loyer élevé) : coefficient ${formatRate(n(v, 'coefficient'))}`,
  'al.minoration': (v) => `Montant après minoration forfaitaire de ${eur(v, 'minoration')} : ${eur(v, 'montant')}`,
  'al.rls': (v) => `Réduction de loyer de solidarité : ${eur(v, 'montant')} (98 % déduits de l’APL)`,
  'al.verse': (v) => `Montant estimé après CRDS (0,5 %) : ${eur(v, 'montant')}`,
  // Chèque énergie (code de l'énergie L124-1 s.)
  'ce.non_eligible': () => 'Le chèque énergie est réservé aux occupants (propriétaires ou locataires) d’un logement imposable : non éligible',
  'ce.rfr': (v) => `Revenu fiscal de référence ${n(v, 'annee')} du ménage : ${eur(v, 'montant')}`,
  'ce.uc': (v) => `Unités de consommation : ${String(n(v, 'uc')).replace('.', ',')}`,
  'ce.rfr_par_uc': (v) => `Revenu fiscal de référence par unité de consommation : ${eur(v, 'montant')}`,
  'ce.montant': (v) => `Montant annuel du chèque énergie ${n(v, 'annee')} : ${eur(v, 'montant')}`,
  // Complémentaire santé solidaire (CSS L861-1 s.)
  'css.rsa': () => 'Le foyer perçoit le RSA : CSS sans participation',
  'css.ressources': (v) => `Ressources des 12 derniers mois (dont forfait logement ${eur(v, 'forfaitLogement')}) : ${eur(v, 'montant')}`,
  'css.plafond_gratuite': (v) => `Plafond CSS sans participation pour ${n(v, 'personnes')} personne(s) : ${eur(v, 'montant')}`,
  'css.plafond_participation': (v) => `Plafond CSS avec participation : ${eur(v, 'montant')}`,
  'css.gratuite': () => 'CSS sans participation',
  'css.participation': (v) => `CSS avec participation de ${eur(v, 'montant')} par mois`,
  'css.non': () => 'Pas de droit à la CSS',
  // Prestations familiales (CSS L511-1 s.)
  'pf.bmaf': (v) => `Base mensuelle des allocations familiales : ${eur(v, 'montant')}`,
  'pf.ressources_n2': (v) => `Ressources N-2 retenues : ${eur(v, 'montant')}`,
  'af.base': (v) => `Allocations familiales de base : ${eur(v, 'montant')}`,
  'af.majorations': (v) => `Majorations pour âge : ${eur(v, 'montant')}`,
  'af.forfait': (v) => `Allocation forfaitaire (enfant de 20 ans) : ${eur(v, 'montant')}`,
  'pf.asf': (v) => `Allocation de soutien familial : ${eur(v, 'montant')}`,
  'pf.cf': (v) => `Complément familial : ${eur(v, 'montant')}`,
  'pf.paje': (v) => `Allocation de base de la PAJE : ${eur(v, 'montant')}`,
  'af.versees': (v) => `Allocations familiales estimées : ${eur(v, 'montant')}`,
  'asf.couple': () => 'ASF : réservée au parent qui élève seul ses enfants',
  'asf.pension': () => 'ASF : l’autre parent contribue à l’entretien des enfants (pension alimentaire perçue)',
  'asf.parent_isole': (v) => `Parent isolé élevant ${n(v, 'enfants')} enfant(s) de moins de ${n(v, 'ageLimite')} ans sans pension de l’autre parent`,
  'asf.par_enfant': (v) => `ASF par enfant : ${eur(v, 'montant')}`,
  'asf.versee': (v) => `Allocation de soutien familial estimée : ${eur(v, 'montant')}`,
  'cf.conditions': () => 'Complément familial : il faut au moins 3 enfants de 3 à 20 ans et des ressources N-2 sous le plafond, sans allocation de base de la PAJE',
  'cf.enfants': (v) => `${n(v, 'enfants')} enfants de 3 à 20 ans à charge`,
  'cf.ressources': (v) => `Ressources N-2 retenues : ${eur(v, 'ressources')} ; plafond : ${eur(v, 'plafond')}`,
  'cf.verse': (v) => `Complément familial estimé : ${eur(v, 'montant')}${v.majore === true ? ' (montant majoré, ressources sous la moitié du plafond)' : ''}`,
  // AAH (CSS L821-1 s.)
  'aah.declaree': (v) => `${membre(v)} : AAH déclarée ${eur(v, 'montant')}`,
  'aah.conditions': (v) => `${membre(v)} : conditions d’incapacité ou d’âge non remplies`,
  'aah.ressources': (v) => `${membre(v)} : ressources mensuelles retenues ${eur(v, 'montant')}`,
  'aah.montant': (v) => `${membre(v)} : AAH ${eur(v, 'montant')} (montant maximal ${eur(v, 'maximum')})`,
  'aah.mva': (v) => `${membre(v)} : majoration pour la vie autonome ${eur(v, 'montant')}`,
  // ASPA (CSS L815-1 s.)
  'aspa.age': () => 'Aucun membre n’a atteint l’âge d’ouverture de l’ASPA',
  'aspa.ressources': (v) => `Ressources mensuelles moyennes des 3 derniers mois : ${eur(v, 'montant')}`,
  'aspa.plafond': (v) => `Plafond de ressources ${v.couple === true ? 'couple' : 'personne seule'} : ${eur(v, 'montant')}`,
  'aspa.maximum': (v) => `Montant maximal (${n(v, 'allocataires')} allocataire${n(v, 'allocataires') > 1 ? 's' : ''}) : ${eur(v, 'montant')}`,
  'aspa.montant': (v) => `ASPA : ${eur(v, 'montant')}`,
} satisfies Record<string, Template>;

export type StepKey = keyof typeof TEMPLATES;

/** A step as stored before explanations became data, or a sentence written elsewhere (summary, warning). */
export interface TextStep {
  text: string;
  amountCents?: number;
  reference?: string;
}

/** The French sentence of a step (a stored sentence is returned as it is). */
export function formatStep(s: ExplanationStep | TextStep): string {
  if ('text' in s) return s.text;
  const template = (TEMPLATES as Record<string, Template>)[s.key];
  return template === undefined ? s.key : template(s.values);
}

/** A step with its sentence, as the API and the back office show it. */
export function readableStep(s: ExplanationStep | TextStep): TextStep {
  const out: TextStep = { text: formatStep(s) };
  if (s.amountCents !== undefined) out.amountCents = s.amountCents;
  if (s.reference !== undefined) out.reference = s.reference;
  return out;
}
