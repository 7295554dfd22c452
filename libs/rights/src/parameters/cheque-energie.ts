// Chèque énergie (Code de l'énergie L124-1, R124-1 s.): annual amount from the ménage's RFR of
// year N-2 per consumption unit. Barème: arrêté du 26 décembre 2018 (NOR TRER1832961A) as amended
// (last bracket 10 800 € since 2021); unchanged for the 2025 and 2026 campaigns.
import { param, type LegalReference } from './dated';

const R124: LegalReference = { text: 'Code de l’énergie', article: 'R124-2, R124-3' };
const ARRETE: LegalReference = {
  text: 'Arrêté du 26 décembre 2018 relatif au chèque énergie (modifié)',
  article: '1',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037882409',
};

export interface UniteConsommation {
  premiere: number;
  deuxieme: number;
  autres: number;
}
export const CE_UNITES_CONSOMMATION = param<UniteConsommation>(
  'cheque_energie.unites_consommation',
  'Unités de consommation : 1re personne, 2e personne, chaque personne supplémentaire',
  'nombre',
  R124,
  [['2017-01-01', { premiere: 1, deuxieme: 0.5, autres: 0.3 }]],
  '2026-11-27',
);

/** Brackets on RFR/UC: amount for the bracket whose lower bound is the last one ≤ RFR/UC. */
export interface BaremeCheque {
  seuils: readonly number[];
  /** Per household size class: UC ≤ 1, 1 < UC < 2, UC ≥ 2; one amount per seuil. */
  uneUc: readonly number[];
  entreUneEtDeuxUc: readonly number[];
  deuxUcEtPlus: readonly number[];
}
export const CE_BAREME = param<BaremeCheque>(
  'cheque_energie.bareme',
  'Montant annuel du chèque énergie selon le RFR par unité de consommation',
  'EUR/an',
  ARRETE,
  [
    [
      '2021-01-01',
      {
        seuils: [0, 5600, 6700, 7700, 10800],
        uneUc: [194, 146, 98, 48, 0],
        entreUneEtDeuxUc: [240, 176, 113, 63, 0],
        deuxUcEtPlus: [277, 202, 126, 76, 0],
      },
    ],
  ],
  '2026-11-27',
);
