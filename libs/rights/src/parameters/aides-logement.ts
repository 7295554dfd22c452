// Aides personnelles au logement, secteur locatif (APL / ALF / ALS): the barème of CCH D823-16 s.,
// whose amounts are set by the arrêté du 27 septembre 2019 (NOR TERL1920745A), revised every
// 1 October on the IRL of the 2nd quarter (CCH L823-4) and, for R0, every 1 January.
// Amounts in euros as printed in the texts; rules convert them to cents.
//
// Stamps: the housing-side values (loyers plafonds, charges, P0) were revalued on 2025-10-01
// (+1.04 %, IRL T2 2025). The loi de finances pour 2026 dropped the freeze first proposed and kept
// the 1 October 2026 indexation, but the 2026 arrêté is not recorded here yet: those parameters are
// stamped 2026-09-30, so periods from 2026-10 are computed with the 2025-10 values and flagged.
import { defineParameter, type LegalReference } from './dated';

const ARRETE_2019: LegalReference = {
  text: 'Arrêté du 27 septembre 2019 relatif au calcul des aides personnelles au logement',
  article: '',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000039160366',
};
const art = (article: string): LegalReference => ({ ...ARRETE_2019, article });

/** Loyer plafond table of one zone: personne seule, couple sans PAC, 1 PAC, par PAC supplémentaire. */
export interface ZonePlafonds {
  seul: number;
  couple: number;
  unePac: number;
  parPacSupp: number;
}
export type ParZone<T> = readonly [T, T, T];

export const AL_LOYERS_PLAFONDS = defineParameter<ParZone<ZonePlafonds>>({
  name: 'aides_logement.locatif.loyers_plafonds',
  description: 'Plafonds de loyer (L) par zone et composition du foyer (métropole)',
  unit: 'EUR',
  reference: art('7'),
  values: [
    {
      from: '2023-10-01',
      value: [
        { seul: 319.3, couple: 385.09, unePac: 435.24, parPacSupp: 63.15 },
        { seul: 278.28, couple: 340.62, unePac: 383.28, parPacSupp: 55.79 },
        { seul: 260.82, couple: 316.17, unePac: 354.51, parPacSupp: 50.81 },
      ],
    },
    {
      from: '2024-10-01',
      value: [
        { seul: 329.71, couple: 397.64, unePac: 449.43, parPacSupp: 65.21 },
        { seul: 287.35, couple: 351.72, unePac: 395.77, parPacSupp: 57.61 },
        { seul: 269.32, couple: 326.48, unePac: 366.07, parPacSupp: 52.47 },
      ],
    },
    {
      from: '2025-10-01',
      value: [
        { seul: 333.14, couple: 401.78, unePac: 454.1, parPacSupp: 65.89 },
        { seul: 290.34, couple: 355.38, unePac: 399.89, parPacSupp: 58.21 },
        { seul: 272.12, couple: 329.88, unePac: 369.88, parPacSupp: 53.01 },
      ],
    },
  ],
  stillValidOn: '2026-09-30',
});

export const AL_COEF_COLOCATION = defineParameter({
  name: 'aides_logement.locatif.coefficient_colocation',
  description: 'Coefficient appliqué au loyer plafond en colocation',
  unit: 'taux',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-16, arrêté 27/09/2019 art. 7' },
  values: [{ from: '2002-01-01', value: 0.75 }],
  stillValidOn: '2026-11-27',
});

export const AL_COEF_CHAMBRE = defineParameter({
  name: 'aides_logement.locatif.coefficient_chambre',
  description: 'Coefficient appliqué au loyer plafond pour une chambre',
  unit: 'taux',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-16, arrêté 27/09/2019 art. 7' },
  values: [{ from: '2002-01-01', value: 0.9 }],
  stillValidOn: '2026-11-27',
});

export interface ForfaitCharges {
  /** Isolé ou couple (cas général); en colocation, un isolé a la moitié. */
  base: number;
  parPac: number;
}
export const AL_FORFAIT_CHARGES = defineParameter<ForfaitCharges>({
  name: 'aides_logement.locatif.forfait_charges',
  description: 'Forfait de charges (C) : isolé ou couple, majoration par personne à charge (métropole)',
  unit: 'EUR',
  reference: art('8'),
  values: [
    { from: '2023-10-01', value: { base: 58.08, parPac: 13.17 } },
    { from: '2024-10-01', value: { base: 59.97, parPac: 13.6 } },
    { from: '2025-10-01', value: { base: 60.59, parPac: 13.74 } },
  ],
  stillValidOn: '2026-09-30',
});

export const AL_P0_FORFAIT = defineParameter({
  name: 'aides_logement.locatif.p0_forfait',
  description: 'Participation personnelle minimale P0 : montant forfaitaire',
  unit: 'EUR',
  reference: art('9'),
  values: [
    { from: '2023-10-01', value: 37.91 },
    { from: '2024-10-01', value: 39.15 },
    { from: '2025-10-01', value: 39.56 },
  ],
  stillValidOn: '2026-09-30',
});

export const AL_P0_TAUX = defineParameter({
  name: 'aides_logement.locatif.p0_taux',
  description: 'Participation personnelle minimale P0 : taux appliqué au loyer et charges retenus',
  unit: 'taux',
  reference: art('9'),
  values: [{ from: '2001-01-01', value: 0.085 }],
  stillValidOn: '2026-11-27',
});

/** Annual R0 abattement by composition: [seul, couple, 1 PAC … 6 PAC], plus per PAC beyond 6. */
export interface R0Table {
  seul: number;
  couple: number;
  pac: readonly [number, number, number, number, number, number];
  parPacSupp: number;
}
export const AL_R0 = defineParameter<R0Table>({
  name: 'aides_logement.locatif.r0',
  description: 'Abattement forfaitaire R0 sur les ressources (annuel, métropole)',
  unit: 'EUR/an',
  reference: {
    ...art('10'),
    article: '10 (valeurs 2025 reconduites pour 2026 : décret du 28 décembre 2025, JO du 30 décembre 2025)',
  },
  // The 2026-01-01 revaluation was not applied (values of 2025 kept for 2026): no new entry.
  // 2023: arrêté du 26 décembre 2022, art. 1 (JORFTEXT000046829580); 2024: arrêté du 15 décembre
  // 2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1
  // (JORFTEXT000048621292); 2025: arrêté du 30 décembre 2024, art. 1 (JORFTEXT000050873291).
  // Values as recorded in OpenFisca-France r0_abattement/cas_general/*.yaml, which cite these texts.
  values: [
    {
      from: '2023-01-01',
      value: { seul: 4949, couple: 7090, pac: [8456, 8646, 8977, 9311, 9642, 9975], parPacSupp: 328 },
    },
    {
      from: '2024-01-01',
      value: { seul: 5186, couple: 7430, pac: [8862, 9061, 9408, 9758, 10105, 10454], parPacSupp: 343 },
    },
    {
      from: '2025-01-01',
      value: { seul: 5235, couple: 7501, pac: [8947, 9148, 9498, 9851, 10202, 10554], parPacSupp: 346 },
    },
  ],
  stillValidOn: '2026-11-27',
});

/** Taux famille TF (métropole): isolé, couple, 1..4 PAC, variation per PAC beyond 4. */
export interface TfTable {
  seul: number;
  couple: number;
  pac: readonly [number, number, number, number];
  parPacSupp: number;
}
export const AL_TF = defineParameter<TfTable>({
  name: 'aides_logement.locatif.taux_famille',
  description: 'Taux de participation TF selon la composition (métropole)',
  unit: 'taux',
  reference: art('11'),
  values: [
    { from: '2007-07-01', value: { seul: 0.0283, couple: 0.0315, pac: [0.027, 0.0238, 0.0201, 0.0185], parPacSupp: -0.0006 } },
  ],
  stillValidOn: '2026-11-27',
});

/** Taux loyer TL: RL = L / loyer de référence; 0 below s1, t2 between s1 and s2, t3 above s2. */
export interface TlTable {
  s1: number;
  s2: number;
  t2: number;
  t3: number;
}
export const AL_TL = defineParameter<TlTable>({
  name: 'aides_logement.locatif.taux_loyer',
  description: 'Taux de participation TL selon le rapport loyer / loyer de référence',
  unit: 'taux',
  reference: art('12'),
  values: [{ from: '2007-07-01', value: { s1: 0.45, s2: 0.75, t2: 0.0045, t3: 0.0068 } }],
  stillValidOn: '2026-11-27',
});

/** Dégressivité and suppression thresholds, as multiples of the loyer plafond, per zone. */
export const AL_DEGRESSIVITE = defineParameter<ParZone<{ degressivite: number; suppression: number }>>({
  name: 'aides_logement.locatif.degressivite_loyer',
  description: 'Loyers au-delà desquels l’aide décroît puis est supprimée (multiples du plafond)',
  unit: 'nombre',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-16 II, arrêté 27/09/2019 art. 13' },
  values: [
    {
      from: '2016-07-01',
      value: [
        { degressivite: 3.4, suppression: 4 },
        { degressivite: 2.5, suppression: 3.1 },
        { degressivite: 2.5, suppression: 3.1 },
      ],
    },
  ],
  stillValidOn: '2026-11-27',
});

export const AL_MINORATION = defineParameter({
  name: 'aides_logement.minoration_forfaitaire',
  description: 'Minoration forfaitaire mensuelle de l’aide',
  unit: 'EUR',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-16 (dernier alinéa), arrêté 27/09/2019 art. 14' },
  values: [{ from: '2017-10-01', value: 5 }],
  stillValidOn: '2026-11-27',
});

export const AL_SEUIL_VERSEMENT_AL = defineParameter({
  name: 'aides_logement.seuil_versement_al',
  description: 'Montant mensuel en dessous duquel l’ALF/ALS n’est pas versée',
  unit: 'EUR',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-21' },
  values: [{ from: '2017-10-01', value: 10 }],
  stillValidOn: '2026-11-27',
});

export const AL_SEUIL_VERSEMENT_APL = defineParameter({
  name: 'aides_logement.seuil_versement_apl',
  description: 'Montant mensuel en dessous duquel l’APL (versée au bailleur) n’est pas versée',
  unit: 'EUR',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-21' },
  values: [{ from: '2018-03-01', value: 0 }],
  stillValidOn: '2026-11-27',
});

export const AL_ABATTEMENT_DOUBLE_ACTIVITE = defineParameter({
  name: 'aides_logement.ressources.abattement_double_activite',
  description: 'Abattement annuel lorsque les deux conjoints ont des revenus d’activité',
  unit: 'EUR/an',
  reference: { text: 'Code de la construction et de l’habitation', article: 'R822-7' },
  values: [{ from: '2007-07-01', value: 95 }],
  stillValidOn: '2026-11-27',
});

export const AL_ABATTEMENT_CHOMAGE = defineParameter({
  name: 'aides_logement.ressources.abattement_chomage',
  description: 'Abattement sur les revenus d’activité en cas de chômage indemnisé / retraite / AAH',
  unit: 'taux',
  reference: { text: 'Code de la construction et de l’habitation', article: 'R822-13, R822-14' },
  values: [{ from: '2002-01-01', value: 0.3 }],
  stillValidOn: '2026-11-27',
});

export const AL_SEUIL_PATRIMOINE = defineParameter({
  name: 'aides_logement.ressources.seuil_patrimoine',
  description: 'Patrimoine au-delà duquel les capitaux sont valorisés dans les ressources',
  unit: 'EUR',
  reference: { text: 'Code de la construction et de l’habitation', article: 'R822-3-1' },
  values: [{ from: '2016-10-01', value: 30000 }],
  stillValidOn: '2026-11-27',
});

export const AL_TAUX_PATRIMOINE = defineParameter({
  name: 'aides_logement.ressources.taux_capitaux_non_productifs',
  description: 'Taux de valorisation annuel des capitaux (livret A, épargne non imposable)',
  unit: 'taux',
  reference: { text: 'Code de la construction et de l’habitation', article: 'R822-3-1' },
  values: [{ from: '2016-10-01', value: 0.03 }],
  stillValidOn: '2026-11-27',
});

// CCH R822-20: the resources of a student tenant are deemed equal to these forfaits (four values:
// tenant or logement-foyer, with or without a bourse de l'enseignement supérieur), revalued on
// 1 January with the IRL and rounded to the nearest 100 € (D822-21).
export const AL_FORFAIT_ETUDIANT = defineParameter({
  name: 'aides_logement.ressources.forfait_etudiant',
  description: 'Ressources forfaitaires d’un étudiant locataire non boursier',
  unit: 'EUR/an',
  reference: { ...art('16'), article: '16 (CCH R822-20)' },
  // 2022-08-01: arrêté du 29 juillet 2022, art. 1 (JORFTEXT000046114992); 2024: arrêté du
  // 15 décembre 2023, art. 1 (JORFTEXT000048621292); 2025: arrêté du 30 décembre 2024, art. 1.
  values: [
    { from: '2022-08-01', value: 8100 },
    { from: '2024-01-01', value: 8400 },
    { from: '2025-01-01', value: 8600 },
  ],
  stillValidOn: '2026-11-27',
});

export const AL_FORFAIT_ETUDIANT_BOURSIER = defineParameter({
  name: 'aides_logement.ressources.forfait_etudiant_boursier',
  description: 'Ressources forfaitaires d’un étudiant locataire titulaire d’une bourse de l’enseignement supérieur',
  unit: 'EUR/an',
  reference: { ...art('16'), article: '16 (CCH R822-20)' },
  // 2025: 6 900 €, as published for 2025 and kept for 2026 (same arrêté as the non-boursier
  // forfait, read from a public simulator's sources, not from the JO). 2024: 6 700 €, derived
  // back from 2025 by the D822-21 revaluation (the only value that rounds to 6 900 €), unconfirmed.
  values: [
    { from: '2024-01-01', value: 6700 },
    { from: '2025-01-01', value: 6900 },
  ],
  stillValidOn: '2025-12-31',
});

export const AL_FORFAIT_ETUDIANT_FOYER = defineParameter({
  name: 'aides_logement.ressources.forfait_etudiant_foyer',
  description: 'Ressources forfaitaires d’un étudiant non boursier en logement-foyer',
  unit: 'EUR/an',
  reference: { ...art('16'), article: '16 (CCH R822-20)' },
  // Same sources and status as the boursier forfait: 6 600 € (2025), 6 400 € (2024, derived).
  values: [
    { from: '2024-01-01', value: 6400 },
    { from: '2025-01-01', value: 6600 },
  ],
  stillValidOn: '2025-12-31',
});

export const AL_FORFAIT_ETUDIANT_BOURSIER_FOYER = defineParameter({
  name: 'aides_logement.ressources.forfait_etudiant_boursier_foyer',
  description: 'Ressources forfaitaires d’un étudiant boursier en logement-foyer',
  unit: 'EUR/an',
  reference: { ...art('16'), article: '16 (CCH R822-20)' },
  // Same sources and status as the boursier forfait: 5 400 € (2025), 5 300 € (2024, derived).
  values: [
    { from: '2024-01-01', value: 5300 },
    { from: '2025-01-01', value: 5400 },
  ],
  stillValidOn: '2025-12-31',
});

export const AL_ETUDIANT_AGE_MAX = defineParameter({
  name: 'aides_logement.ressources.etudiant_age_max',
  description: 'Âge en deçà duquel le forfait étudiant s’applique (condition d’âge des bourses)',
  unit: 'années',
  reference: { text: 'Code de la construction et de l’habitation', article: 'R822-20' },
  values: [{ from: '2020-01-01', value: 28 }],
  stillValidOn: '2026-11-27',
});

export const AL_AGE_LIMITE_ENFANT = defineParameter({
  name: 'aides_logement.age_limite_enfant',
  description: 'Un enfant est à charge jusqu’à la veille de cet âge',
  unit: 'années',
  reference: { text: 'Code de la construction et de l’habitation', article: 'R823-4 (renvoi CSS R512-2)' },
  values: [{ from: '2000-01-01', value: 21 }],
  stillValidOn: '2026-11-27',
});

export const CRDS_TAUX = defineParameter({
  name: 'aides_logement.taux_crds',
  description: 'CRDS prélevée sur les aides au logement',
  unit: 'taux',
  reference: { text: 'Ordonnance n° 96-50 du 24 janvier 1996', article: '14' },
  values: [{ from: '1996-02-01', value: 0.005 }],
  stillValidOn: '2026-11-27',
});
