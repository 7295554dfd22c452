// Allocation aux adultes handicapés (CSS L821-1 s., R821-1 s., D821-1 s.) and its complément
// (majoration pour la vie autonome, CSS L821-1-2, D821-3). AAH is revalued every 1 April.
import { param, type LegalReference } from './dated';

const CSS = 'Code de la sécurité sociale';
const ref = (article: string): LegalReference => ({ text: CSS, article });

export const AAH_MONTANT = param(
  'aah.montant_maximal',
  'Montant mensuel maximal de l’AAH',
  'EUR',
  ref('L821-3, D821-3 ; décrets annuels de revalorisation (1er avril) : n° 2023-328 du 29 avril 2023 (971,37 €), 2024 (1 016,05 €), 2025 (1 033,32 €), 2026 (1 041,59 €)'),
  [
    // Décret n° 2023-328 du 29 avril 2023 (JO du 30 avril 2023): needed by the 12-month CSS
    // look-back of periods 2025-01..2025-03 and the ASPA resources of M-15.
    ['2023-04-01', 971.37],
    ['2024-04-01', 1016.05],
    ['2025-04-01', 1033.32],
    ['2026-04-01', 1041.59],
  ],
  // Next revaluation on 1 April 2027.
  '2026-11-27',
);

export const AAH_MVA = param(
  'aah.majoration_vie_autonome',
  'Majoration pour la vie autonome (mensuelle)',
  'EUR',
  ref('L821-1-2, D821-3'),
  [['2010-01-01', 104.77]],
  '2026-11-27',
);

export const AAH_TAUX_INCAPACITE = param(
  'aah.taux_incapacite',
  'Taux d’incapacité ouvrant droit à l’AAH sans autre condition',
  'taux',
  ref('L821-1, D821-1'),
  [['2005-07-01', 0.8]],
  '2026-11-27',
);

export const AAH_TAUX_INCAPACITE_RSDAE = param(
  'aah.taux_incapacite_rsdae',
  'Taux d’incapacité minimal avec restriction substantielle et durable d’accès à l’emploi',
  'taux',
  ref('L821-2, D821-1'),
  [['2005-07-01', 0.5]],
  '2026-11-27',
);

export const AAH_AGE_MINIMAL = param(
  'aah.age_minimal',
  'Âge minimal (16 ans pour qui n’ouvre plus droit aux prestations familiales)',
  'années',
  ref('L821-1, D821-1'),
  [['1986-01-01', 20]],
  '2026-11-27',
);

export const AAH_AGE_MINIMAL_HORS_PF = param(
  'aah.age_minimal_hors_pf',
  'Âge minimal pour une personne qui n’est plus à charge au sens des prestations familiales',
  'années',
  ref('L821-1, R821-1'),
  [['1986-01-01', 16]],
  '2026-11-27',
);

export const AAH_AGE_FIN_RSDAE = param(
  'aah.age_fin_rsdae',
  'Âge (légal de départ en retraite) au-delà duquel l’AAH à 50-79 % cesse',
  'années',
  ref('L821-2 ; Code de la sécurité sociale L161-17-2'),
  [['2023-09-01', 64]],
  '2026-11-27',
);

export const AAH_MAJORATION_ENFANT = param(
  'aah.majoration_plafond_par_enfant',
  'Majoration du plafond de ressources par enfant à charge (en part du montant maximal)',
  'taux',
  ref('D821-2'),
  [['2000-01-01', 0.5]],
  '2026-11-27',
);

export interface AbattementActivite {
  /** Share of the annual gross SMIC (151.67 h × 12) below which `tauxBas` applies. */
  tranche: number;
  tauxBas: number;
  tauxHaut: number;
}
export const AAH_ABATTEMENT_ACTIVITE = param<AbattementActivite>(
  'aah.abattement_revenus_activite',
  'Abattement sur les revenus d’activité de l’allocataire : 80 % jusqu’à 30 % du SMIC annuel, 40 % au-delà',
  'taux',
  ref('R821-4, D821-9'),
  [['2011-01-01', { tranche: 0.3, tauxBas: 0.8, tauxHaut: 0.4 }]],
  '2026-11-27',
);

export const AAH_ABATTEMENT_CHOMAGE = param(
  'aah.abattement_chomage',
  'Abattement sur les revenus d’activité de l’année de référence en cas de chômage indemnisé',
  'taux',
  ref('R532-7 (par renvoi de R821-4-3)'),
  [['2004-01-01', 0.3]],
  '2026-11-27',
);

export const DUREE_LEGALE_MENSUELLE = param(
  'travail.duree_legale_mensuelle',
  'Durée légale mensuelle du travail (35 h × 52 / 12)',
  'heures',
  { text: 'Code du travail', article: 'L3121-27' },
  [['2002-01-01', 151.67]],
  '2026-11-27',
);
