// Income-tax quantities needed to rebuild a revenu fiscal de référence (CGI art. 1417 IV) and the
// revenu net catégoriel: deductions of CGI art. 83 3° (frais professionnels), 158 5 a (pensions)
// and the abattement of art. 157 bis (personnes âgées ou invalides). Values are keyed by the
// *income year* they apply to ('YYYY-01-01' = revenus de l'année YYYY), as fixed by each loi de
// finances (indexed on the first bracket of the barème: +4.8 % revenus 2023, +1.8 % revenus 2024,
// +0.9 % revenus 2025 — loi de finances pour 2026, which kept the 10 % pension deduction).
import { param } from './dated';

export interface Deduction10 {
  taux: number;
  min: number;
  max: number;
}

export const IR_ABATTEMENT_FRAIS_PRO = param<Deduction10>(
  'fiscal.deduction_frais_professionnels',
  'Déduction forfaitaire de 10 % pour frais professionnels (salaires, allocations chômage), par personne',
  'EUR/an',
  { text: 'Code général des impôts', article: '83 3°' },
  [
    ['2023-01-01', { taux: 0.1, min: 495, max: 14171 }],
    ['2024-01-01', { taux: 0.1, min: 504, max: 14426 }],
    // Revenus 2025: 504 × 1.009 and 14 426 × 1.009 rounded to the euro (loi de finances pour 2026).
    ['2025-01-01', { taux: 0.1, min: 509, max: 14556 }],
  ],
  '2026-11-27',
);

export const IR_ABATTEMENT_PENSIONS = param<Deduction10>(
  'fiscal.abattement_pensions',
  'Abattement de 10 % sur les pensions et retraites : minimum par pensionné, plafond par foyer',
  'EUR/an',
  { text: 'Code général des impôts', article: '158 5 a' },
  [
    ['2023-01-01', { taux: 0.1, min: 442, max: 4321 }],
    ['2024-01-01', { taux: 0.1, min: 450, max: 4399 }],
    ['2025-01-01', { taux: 0.1, min: 454, max: 4438 }],
  ],
  '2026-11-27',
);

export interface AbattementAge {
  /** Age reached on 31 December of the income year. */
  age: number;
  plafond1: number;
  montant1: number;
  plafond2: number;
  montant2: number;
}

export const IR_ABATTEMENT_PERSONNES_AGEES = param<AbattementAge>(
  'fiscal.abattement_personnes_agees',
  'Abattement sur le revenu net global des contribuables de plus de 65 ans (par personne)',
  'EUR/an',
  { text: 'Code général des impôts', article: '157 bis' },
  [
    ['2023-01-01', { age: 65, plafond1: 17200, montant1: 2746, plafond2: 27670, montant2: 1373 }],
    ['2024-01-01', { age: 65, plafond1: 17510, montant1: 2796, plafond2: 28170, montant2: 1398 }],
  ],
  // Revenus 2025 amounts (indexed +0.9 %) are not recorded: only needed from periods of 2027.
  '2026-11-27',
);
