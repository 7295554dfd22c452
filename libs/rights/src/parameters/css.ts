// Complémentaire santé solidaire (CSS L861-1 s.). Ceilings are annual euros.
import { param } from './dated';

const CSS = 'Code de la sécurité sociale (CSS)';
const CHECKED = '2026-11-27';

/**
 * CSS ceiling for one person (métropole). OpenFisca stops at 10 166 € (2024-04-01); the April 2025
 * value is the official 10 339 €; the April 2026 value applies the L161-25 coefficient (+0.8 %, the
 * same as the RSA and AAH revaluation) and is flagged until confirmed.
 */
export const CSS_PLAFOND_BASE = param(
  'css.plafond.base',
  'Plafond annuel de ressources de la CSS sans participation, personne seule, métropole',
  'EUR/an',
  { text: CSS, article: 'L861-1, D861-1 ; revalorisé au 1er avril (L161-25)' },
  [
    ['2023-04-01', 9719],
    ['2024-04-01', 10166],
    ['2025-04-01', 10339],
    ['2026-04-01', 10422],
  ],
  '2026-04-01',
);

export const CSS_COEF_2E_PERSONNE = param(
  'css.plafond.coef_deuxieme_personne', 'Majoration du plafond pour la 2e personne', 'taux',
  { text: CSS, article: 'D861-1' }, [['2000-01-01', 0.5]], CHECKED,
);
export const CSS_COEF_3E_4E_PERSONNE = param(
  'css.plafond.coef_troisieme_quatrieme_personne', 'Majoration du plafond pour les 3e et 4e personnes', 'taux',
  { text: CSS, article: 'D861-1' }, [['2000-01-01', 0.3]], CHECKED,
);
export const CSS_COEF_5E_PERSONNE_PLUS = param(
  'css.plafond.coef_cinquieme_personne_et_plus', 'Majoration du plafond par personne à partir de la 5e', 'taux',
  { text: CSS, article: 'D861-1' }, [['2000-01-01', 0.4]], CHECKED,
);
export const CSS_MAJORATION_DOM = param(
  'css.plafond.majoration_dom', 'Majoration du plafond dans les départements d’outre-mer', 'taux',
  { text: CSS, article: 'D861-1' }, [['2000-01-01', 0.113]], CHECKED,
);
export const CSS_MAJORATION_PARTICIPATION = param(
  'css.plafond.majoration_participation',
  'Plafond de la CSS avec participation : plafond sans participation majoré de ce taux', 'taux',
  { text: CSS, article: 'L861-1, 2° ; D861-1' }, [['2019-11-01', 0.35]], CHECKED,
);
export const CSS_AGE_LIMITE_PAC = param(
  'css.age_limite_personne_a_charge', 'Âge maximal d’une personne à charge au foyer CSS', 'années',
  { text: CSS, article: 'R861-2' }, [['2000-01-01', 25]], CHECKED,
);
export const CSS_ABATTEMENT_CHOMAGE = param(
  'css.abattement_revenus_activite_chomage',
  'Abattement sur les revenus d’activité des 12 derniers mois en cas de chômage indemnisé', 'taux',
  { text: CSS, article: 'R861-8' }, [['2000-01-01', 0.3]], CHECKED,
);

/** Monthly participation per person by age bracket (arrêté du 19 octobre 2019 and CSS D861-3). */
export const CSS_PARTICIPATION_PAR_AGE = param<readonly { readonly ageMin: number; readonly eur: number }[]>(
  'css.participation.par_age',
  'Participation financière mensuelle par personne selon l’âge au 1er janvier (métropole hors Alsace-Moselle)',
  'EUR',
  { text: CSS, article: 'L861-1, D861-3 ; arrêté du 19 octobre 2019' },
  [['2019-11-01', [
    { ageMin: 0, eur: 8 },
    { ageMin: 30, eur: 14 },
    { ageMin: 50, eur: 21 },
    { ageMin: 60, eur: 25 },
    { ageMin: 70, eur: 30 },
  ]]],
  CHECKED,
);

export const CSS_PARTICIPATION_PAR_AGE_ALSACE_MOSELLE = param<readonly { readonly ageMin: number; readonly eur: number }[]>(
  'css.participation.par_age_alsace_moselle',
  'Participation financière mensuelle par personne selon l’âge, régime local d’Alsace-Moselle',
  'EUR',
  { text: CSS, article: 'D861-3 ; arrêté du 19 octobre 2019' },
  [['2019-11-01', [
    { ageMin: 0, eur: 2.8 },
    { ageMin: 30, eur: 4.9 },
    { ageMin: 50, eur: 7.3 },
    { ageMin: 60, eur: 8.7 },
    { ageMin: 70, eur: 10.5 },
  ]]],
  CHECKED,
);

export const CSS_FL_AVEC_AL = param<readonly [number, number, number]>(
  'css.forfait_logement.avec_aide_logement',
  'Forfait logement (bénéficiaires d’une aide au logement), 1 / 2 / 3+ personnes, en part du RSA',
  'taux',
  { text: CSS, article: 'R861-5' },
  [['2019-11-01', [0.12, 0.16, 0.165]]],
  CHECKED,
);

export const CSS_FL_SANS_AL = param<readonly [number, number, number]>(
  'css.forfait_logement.proprietaire_heberge',
  'Forfait logement (propriétaires, personnes logées gratuitement), 1 / 2 / 3+ personnes',
  'taux',
  { text: CSS, article: 'R861-5' },
  [['2019-11-01', [0.12, 0.14, 0.14]]],
  CHECKED,
);

export const CSS_ABATTEMENT_AAH = param(
  'css.abattement.aah', 'Abattement mensuel sur l’AAH dans les ressources CSS', 'EUR',
  { text: CSS, article: 'R861-8 ; instruction DSS/SD2A/2021/71' }, [['2021-04-01', 68]], CHECKED,
);
export const CSS_ABATTEMENT_ASPA_SEUL = param(
  'css.abattement.aspa_personne_seule', 'Abattement mensuel sur l’ASPA, personne seule', 'EUR',
  { text: CSS, article: 'R861-8 ; instruction DSS/SD2A/2021/71' }, [['2021-04-01', 71]], CHECKED,
);
export const CSS_ABATTEMENT_ASPA_COUPLE = param(
  'css.abattement.aspa_couple', 'Abattement mensuel sur l’ASPA, couple', 'EUR',
  { text: CSS, article: 'R861-8 ; instruction DSS/SD2A/2021/71' }, [['2021-04-01', 110]], CHECKED,
);
