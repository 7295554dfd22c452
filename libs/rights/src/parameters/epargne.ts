// Savings yields used to value capital in minima sociaux resources (RSA, CSS).
import { param } from './dated';

/** Actual Livret A interest counts as income (CASF R262-6 counts the income the savings produce). */
export const LIVRET_A_TAUX = param(
  'epargne.livret_a.taux',
  'Taux de rémunération du livret A',
  'taux',
  { text: 'Code monétaire et financier', article: 'R221-4 ; règlement CRBF 86-13 et arrêtés du ministre de l’économie' },
  [
    ['2023-02-01', 0.03],
    ['2025-02-01', 0.024],
    ['2025-08-01', 0.017],
    ['2026-02-01', 0.015],
  ],
  // Rate set each 1 February and 1 August: confirmed until the next revision date.
  '2026-07-31',
);
