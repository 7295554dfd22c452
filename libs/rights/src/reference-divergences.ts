// Parameters where this engine follows an official text that the reference computation
// (OpenFisca-France 176.0.7) has not picked up yet. The reference test re-runs a mismatching case
// with the reference's values: if it then matches, the mismatch is this documented divergence.
import type { DatedParameter, DatedValue } from './parameters/dated';
import { CSS_PLAFOND_BASE } from './parameters/css';

export interface ReferenceDivergence {
  id: string;
  /** Output keys the divergence can affect. */
  keys: readonly string[];
  why: string;
  overrides: { parameter: DatedParameter<unknown>; values: readonly DatedValue<unknown>[]; stillValidOn: string }[];
}

export const REFERENCE_DIVERGENCES: readonly ReferenceDivergence[] = [
  {
    id: 'css-plafonds-2025-2026',
    keys: ['css_status', 'css_participation_forfaitaire'],
    why:
      'OpenFisca keeps the CSS ceiling at 10 166 € (1 April 2024); the engine applies the 1 April 2025 ' +
      '(10 339 €) and 1 April 2026 revaluations (CSS L861-1, D861-1, L161-25).',
    overrides: [
      {
        parameter: CSS_PLAFOND_BASE as DatedParameter<unknown>,
        values: [
          { from: '2023-04-01', value: 9719 },
          { from: '2024-04-01', value: 10166 },
        ],
        stillValidOn: '2099-12-31',
      },
    ],
  },
];
