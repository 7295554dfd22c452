// SMIC horaire brut: drives the PPA individual bonification thresholds and the AAH-as-activity rule.
import { param } from './dated';

export const SMIC_HORAIRE_BRUT = param(
  'smic.horaire_brut',
  'Salaire minimum interprofessionnel de croissance, horaire brut',
  'EUR/h',
  { text: 'Code du travail', article: 'L3231-2, L3231-4 à L3231-11 ; décrets annuels de revalorisation' },
  [
    ['2023-05-01', 11.52],
    ['2024-01-01', 11.65],
    ['2024-11-01', 11.88],
    ['2026-01-01', 12.02],
    ['2026-06-01', 12.31],
  ],
  '2026-11-27',
);
