// Prestations familiales (CSS livre V): BMAF, allocations familiales, ASF, complément familial,
// PAJE allocation de base. Ceilings are annual euros of N-2 resources.
import { param } from './dated';

const CSS = 'Code de la sécurité sociale (CSS)';
const CHECKED = '2026-11-27';

export const BMAF = param(
  'pf.bmaf',
  'Base mensuelle de calcul des allocations familiales',
  'EUR',
  { text: CSS, article: 'L551-1 ; revalorisée au 1er avril (L161-25)' },
  [
    ['2023-04-01', 445.93],
    ['2024-04-01', 466.44],
    ['2025-04-01', 474.37],
    ['2026-04-01', 478.16],
  ],
  CHECKED,
);

export const PF_AGE_LIMITE = param(
  'pf.age_limite_enfant',
  'Âge jusqu’auquel (exclu) un enfant ouvre droit aux prestations familiales (hors forfait 20 ans)',
  'années',
  { text: CSS, article: 'L512-3, R512-2' },
  [['2000-01-01', 20]],
  CHECKED,
);

export const AF_TAUX_2_ENFANTS = param(
  'af.taux.deux_enfants',
  'Allocations familiales pour deux enfants, en part de la BMAF',
  'taux',
  { text: CSS, article: 'L521-1, D521-1' },
  [['1982-02-01', 0.32]],
  CHECKED,
);

export const AF_TAUX_PAR_ENFANT_SUPP = param(
  'af.taux.par_enfant_supplementaire',
  'Allocations familiales par enfant à partir du 3e, en part de la BMAF',
  'taux',
  { text: CSS, article: 'D521-1' },
  [['1986-01-01', 0.41]],
  CHECKED,
);

export const AF_MAJORATION_AGE_TAUX = param(
  'af.majoration_age.taux',
  'Majoration pour âge par enfant, en part de la BMAF',
  'taux',
  { text: CSS, article: 'L521-3, D521-1' },
  [['2008-05-01', 0.16]],
  CHECKED,
);

export const AF_MAJORATION_AGE = param(
  'af.majoration_age.age',
  'Âge à partir duquel un enfant ouvre droit à la majoration pour âge',
  'années',
  { text: CSS, article: 'L521-3, R521-1' },
  [['2008-05-01', 14]],
  CHECKED,
);

/**
 * LFSS pour 2026: the age majoration starts at 18 instead of 14 for children who reach 14 on or
 * after 1 March 2026; children already 14 before that date keep it.
 */
export const AF_MAJORATION_AGE_REFORME = param<{ readonly age: number; readonly quatorzeAnsApres: string } | null>(
  'af.majoration_age.reforme_2026',
  'Report de la majoration pour âge à 18 ans pour les enfants atteignant 14 ans à compter du 1er mars 2026',
  'années',
  { text: 'Loi de financement de la sécurité sociale pour 2026', article: 'CSS L521-3 modifié, R521-1' },
  [
    ['2008-05-01', null],
    ['2026-03-01', { age: 18, quatorzeAnsApres: '2026-03' }],
  ],
  CHECKED,
);

/** Résidence alternée: each parent receives half of the part of the AF due for the child. */
export const AF_FACTEUR_GARDE_ALTERNEE = param(
  'af.facteur_garde_alternee',
  'Part des allocations familiales (base et majoration pour âge) due pour un enfant en résidence alternée',
  'taux',
  { text: CSS, article: 'L521-2 (al. 3), R521-2 (décret n° 2007-550 du 13 avril 2007)' },
  [['2007-05-01', 0.5]],
  CHECKED,
);

export const AF_FORFAIT_20_ANS_TAUX = param(
  'af.forfait_20_ans.taux',
  'Allocation forfaitaire pour l’enfant atteignant 20 ans (familles d’au moins 3 enfants), en part de la BMAF',
  'taux',
  { text: CSS, article: 'L521-1 (al. 4), D521-1' },
  [['2003-07-01', 0.20234]],
  CHECKED,
);

export const AF_PLAFOND_TRANCHE_1 = param(
  'af.modulation.plafond_tranche_1',
  'Plafond de ressources N-2 (2 enfants) au-delà duquel les AF sont divisées par 2',
  'EUR/an',
  { text: CSS, article: 'L521-1, D521-3 ; revalorisé au 1er janvier' },
  [
    ['2024-01-01', 74966],
    ['2025-01-01', 78565],
    ['2026-01-01', 79980],
  ],
  CHECKED,
);

export const AF_PLAFOND_TRANCHE_2 = param(
  'af.modulation.plafond_tranche_2',
  'Plafond de ressources N-2 (2 enfants) au-delà duquel les AF sont divisées par 4',
  'EUR/an',
  { text: CSS, article: 'D521-3' },
  [
    ['2024-01-01', 99922],
    ['2025-01-01', 104719],
    ['2026-01-01', 106604],
  ],
  CHECKED,
);

export const AF_PLAFOND_PAR_ENFANT = param(
  'af.modulation.majoration_par_enfant',
  'Majoration des plafonds de modulation par enfant à partir du 3e',
  'EUR/an',
  { text: CSS, article: 'D521-3' },
  [
    ['2024-01-01', 6246],
    ['2025-01-01', 6546],
    ['2026-01-01', 6664],
  ],
  CHECKED,
);

export const AF_MODULATION_TAUX_2 = param(
  'af.modulation.taux_tranche_2',
  'Coefficient appliqué aux AF entre les deux plafonds',
  'taux',
  { text: CSS, article: 'D521-1' },
  [['2015-07-01', 0.5]],
  CHECKED,
);

export const AF_MODULATION_TAUX_3 = param(
  'af.modulation.taux_tranche_3',
  'Coefficient appliqué aux AF au-delà du second plafond',
  'taux',
  { text: CSS, article: 'D521-1' },
  [['2015-07-01', 0.25]],
  CHECKED,
);

export const ASF_TAUX = param(
  'asf.taux_un_parent',
  'Allocation de soutien familial par enfant privé de l’aide d’un parent, en part de la BMAF (montant avant CRDS)',
  'taux',
  { text: CSS, article: 'L523-1, D523-7 ; revalorisation de 50 % au 1er novembre 2022' },
  [['2022-11-01', 0.422]],
  CHECKED,
);

export const CF_TAUX_BASE = param(
  'cf.taux_base',
  'Complément familial, en part de la BMAF',
  'taux',
  { text: CSS, article: 'L522-1, D522-1' },
  [['2014-04-01', 0.4165]],
  CHECKED,
);

export const CF_TAUX_MAJORE = param(
  'cf.taux_majore',
  'Complément familial majoré (ressources sous la moitié du plafond), en part de la BMAF',
  'taux',
  { text: CSS, article: 'L522-3, D522-2' },
  [['2018-04-01', 0.6248]],
  CHECKED,
);

/**
 * Base of the CF ceiling (also the PAJE full-rate ceiling since April 2018, CSS L531-3).
 * 2024: arrêté du 22 décembre 2023, art. 1 (JORFTEXT000048680633); 2025: instruction
 * interministérielle DSS/2B/2024/181 du 20 décembre 2024 (BO Santé 2024/34). 2026: the family-benefit
 * ceilings were all revalued by 1.8 % on 1 January 2026 (AF ceilings 79 980 / 106 604 €, press of
 * January 2026; CF biactifs majoration 9 989 € = 9 812 × 1.018 in the LexImpact/OpenFisca legislation
 * explorer, checked 6 January 2026): 24 414 × 1.018 = 24 853 €.
 */
export const CF_PLAFOND_BASE = param(
  'cf.plafond.base',
  'Plafond de ressources N-2 du complément familial (et de la PAJE à taux plein), avant majorations',
  'EUR/an',
  { text: CSS, article: 'L522-2, R522-2 ; arrêté annuel relatif aux plafonds des prestations familiales' },
  [
    ['2024-01-01', 23296],
    ['2025-01-01', 24414],
    ['2026-01-01', 24853],
  ],
  // Annual ceiling (1 January), no mid-year revision: in force for the whole of 2026.
  CHECKED,
);

export const CF_PLAFOND_BIACTIFS = param(
  'cf.plafond.majoration_biactifs_isoles',
  'Majoration du plafond CF / PAJE taux plein pour couple biactif ou parent isolé',
  'EUR/an',
  { text: CSS, article: 'R522-2 ; 9 989 € en 2026 (legislation.leximpact.dev, cf_plaf.majoration.biactifs_isoles, vérifié le 6 janvier 2026)' },
  [
    ['2024-01-01', 9363],
    ['2025-01-01', 9812],
    ['2026-01-01', 9989],
  ],
  CHECKED,
);

export const PF_PLAFOND_MAJ_ENFANTS_1_2 = param(
  'pf.plafond.majoration_enfants_1_2',
  'Majoration du plafond CF/PAJE pour chacun des deux premiers enfants à charge',
  'taux',
  { text: CSS, article: 'R522-2 (al. 2)' },
  [['2004-01-01', 0.25]],
  CHECKED,
);

export const PF_PLAFOND_MAJ_ENFANT_3_PLUS = param(
  'pf.plafond.majoration_enfant_3_plus',
  'Majoration du plafond CF/PAJE par enfant à partir du 3e',
  'taux',
  { text: CSS, article: 'R522-2 (al. 2)' },
  [['2004-01-01', 0.3]],
  CHECKED,
);

export const PAJE_TAUX_PLEIN = param(
  'paje.allocation_base.taux_plein',
  'Allocation de base de la PAJE à taux plein, en part de la BMAF',
  'taux',
  { text: CSS, article: 'L531-3, D531-3' },
  [['2018-04-01', 0.4165]],
  CHECKED,
);

export const PAJE_TAUX_PARTIEL = param(
  'paje.allocation_base.taux_partiel',
  'Allocation de base de la PAJE à taux partiel, en part de la BMAF',
  'taux',
  { text: CSS, article: 'L531-3, D531-3' },
  [['2018-04-01', 0.20825]],
  CHECKED,
);

/**
 * 2024: 27 833 € (arrêté du 22 décembre 2023, art. 1, as recorded by OpenFisca-France); 2025 and 2026
 * are the 2024 value revalued like every other family-benefit ceiling (× 1.048, × 1.018): to be
 * confirmed against the instructions DSS/2B/2024/181 and of December 2025.
 */
export const PAJE_PLAFOND_PARTIEL_BASE = param(
  'paje.plafond_partiel.base',
  'Plafond de ressources N-2 de l’allocation de base à taux partiel, avant majorations',
  'EUR/an',
  { text: CSS, article: 'L531-3, R531-1' },
  [
    ['2024-01-01', 27833],
    ['2025-01-01', 29169],
    ['2026-01-01', 29694],
  ],
  '2026-01-01',
);

/**
 * 2023: 10 625 € (arrêté du 21 décembre 2022, art. 1, as recorded by OpenFisca-France). Later years
 * chain the yearly coefficient applied to all the ceilings (× 1.053 in 2024, × 1.048 in 2025, × 1.018
 * in 2026, the ratios of the CF ceilings); not confirmed against the texts.
 */
export const PAJE_PLAFOND_PARTIEL_BIACTIFS = param(
  'paje.plafond_partiel.majoration_biactifs_isoles',
  'Majoration du plafond PAJE taux partiel pour couple biactif ou parent isolé',
  'EUR/an',
  { text: CSS, article: 'R531-1' },
  [
    ['2023-01-01', 10625],
    ['2024-01-01', 11188],
    ['2025-01-01', 11725],
    ['2026-01-01', 11936],
  ],
  '2026-01-01',
);

export const PAJE_AGE_LIMITE = param(
  'paje.age_limite',
  'Âge (exclu) jusqu’auquel l’enfant ouvre droit à l’allocation de base',
  'années',
  { text: CSS, article: 'L531-3' },
  [['2004-01-01', 3]],
  CHECKED,
);

export const CF_AGE_MIN = param(
  'cf.age_minimum',
  'Âge minimal des enfants pris en compte pour le complément familial',
  'années',
  { text: CSS, article: 'L522-1, R522-1' },
  [['2004-01-01', 3]],
  CHECKED,
);

export const CF_AGE_MAX = param(
  'cf.age_maximum',
  'Âge (exclu) jusqu’auquel un enfant est pris en compte pour le complément familial',
  'années',
  { text: CSS, article: 'R512-2 (enfants de moins de 21 ans)' },
  [['2000-01-01', 21]],
  CHECKED,
);

export const PF_REVENU_BIACTIVITE_BMAF = param(
  'pf.biactivite.revenu_minimum_en_bmaf',
  'Revenu professionnel N-2 minimal de chaque membre du couple pour être « biactif », en nombre de BMAF',
  'nombre',
  { text: CSS, article: 'R522-2' },
  [['2004-01-01', 12]],
  CHECKED,
);
