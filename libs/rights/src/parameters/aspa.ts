// Allocation de solidarité aux personnes âgées (CSS L815-1 s., D815-1 s.), revalued every 1 January.
import { param, type LegalReference } from './dated';

const ref = (article: string): LegalReference => ({ text: 'Code de la sécurité sociale', article });

export interface SeulCouple {
  seul: number;
  couple: number;
}

/**
 * Annual maximum amounts, which are also the resource ceilings (D815-2). Needed back to December
 * N-2 by the housing aid (children's resources over 1,25 × ASPA).
 */
const MONTANT_ANNUEL: ReadonlyArray<readonly [string, SeulCouple]> = [
  // 1 July 2022: 11 001,44 € × 1,04 rounded down to the cent (MSA, tableau de bord des retraites,
  // août 2023: « le plafond de 11 001,44 € porté à 11 441,49 € »); couple 17 079,77 € × 1,04.
  ['2022-07-01', { seul: 11441.49, couple: 17763.0 }],
  // 1 January 2023: 961,08 € / 1 492,08 € a month (EFL « Montant minimum des avantages vieillesse »).
  ['2023-01-01', { seul: 11533.02, couple: 17905.06 }],
  ['2024-01-01', { seul: 12144.24, couple: 18853.92 }],
  ['2025-01-01', { seul: 12411.44, couple: 19268.8 }],
  ['2026-01-01', { seul: 12523.14, couple: 19442.21 }],
];

export const ASPA_MONTANT = param<SeulCouple>(
  'aspa.montant_maximal_annuel',
  'Montant maximal annuel de l’ASPA (personne seule, couple de deux allocataires)',
  'EUR/an',
  ref('L815-2, D815-1 ; décrets annuels de revalorisation (1er janvier) ; loi n° 2022-1158 du 16 août 2022, art. 9 (+4 % au 1er juillet 2022)'),
  MONTANT_ANNUEL,
  // Next revaluation on 1 January 2027.
  '2026-11-27',
);

export const ASPA_PLAFOND = param<SeulCouple>(
  'aspa.plafond_ressources_annuel',
  'Plafond annuel de ressources (allocation comprise) : personne seule, couple',
  'EUR/an',
  ref('L815-9, D815-2 (plafond égal au montant maximal)'),
  MONTANT_ANNUEL,
  '2026-11-27',
);

export const ASPA_AGE_MINIMAL = param(
  'aspa.age_minimal',
  'Âge d’ouverture de l’ASPA',
  'années',
  ref('L815-1, R815-1'),
  [['2002-01-01', 65]],
  '2026-11-27',
);

export const ASPA_AGE_INAPTITUDE = param(
  'aspa.age_minimal_inaptitude',
  'Âge d’ouverture en cas d’inaptitude ou d’incapacité (âge légal de départ en retraite)',
  'années',
  ref('L815-1, R815-2 ; L161-17-2'),
  [['2023-09-01', 64]],
  '2026-11-27',
);

export const ASPA_TAUX_INCAPACITE = param(
  'aspa.taux_incapacite_anticipe',
  'Taux d’incapacité au-delà duquel l’ASPA est ouverte dès l’âge légal de départ',
  'taux',
  ref('R815-2'),
  [['2002-01-01', 0.5]],
  '2026-11-27',
);

export const ASPA_ABATTEMENT_SALAIRES = param<SeulCouple>(
  'aspa.abattement_revenus_activite',
  'Abattement trimestriel sur les revenus d’activité, en nombre de SMIC mensuels bruts',
  'nombre',
  ref('R815-29'),
  [['2015-01-01', { seul: 0.9, couple: 1.5 }]],
  '2026-11-27',
);
