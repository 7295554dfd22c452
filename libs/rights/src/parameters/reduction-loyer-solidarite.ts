// Réduction de loyer de solidarité (CCH L442-2-1): granted by HLM landlords to APL tenants under a
// monthly resource ceiling; 98 % of it is deducted from the APL (décret n° 2018-136 du 27 février 2018).
// Amounts and ceilings: arrêté du 27 février 2018 (NOR TERL1801551A) as amended each year.
import { defineParameter, type LegalReference } from './dated';
import type { ParZone } from './aides-logement';

const ARRETE_RLS: LegalReference = {
  text: 'Arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité',
  article: '1 (plafonds), 2 (montants)',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000036650010',
};

export interface RlsMontants {
  seul: number;
  couple: number;
  unePac: number;
  parPacSupp: number;
}
const m = (seul: number, couple: number, unePac: number, parPacSupp: number): RlsMontants => ({
  seul, couple, unePac, parPacSupp,
});

export const RLS_MONTANTS = defineParameter<ParZone<RlsMontants>>({
  name: 'aides_logement.rls.montants',
  description: 'Montant mensuel de la réduction de loyer de solidarité par zone et composition',
  unit: 'EUR',
  reference: ARRETE_RLS,
  values: [
    // Arrêté du 21 septembre 2023 (La Gazette des communes, 2023).
    { from: '2023-10-01', value: [m(54.51, 66.05, 74.43, 10.48), m(48.22, 58.71, 65, 9.44), m(45.08, 54.51, 60.8, 8.39)] },
    // Arrêté du 29 décembre 2023 relatif à la revalorisation des plafonds de ressources et des montants
    // de réduction de loyer de solidarité (JORFTEXT000048729702), in force 1 January 2024.
    { from: '2024-01-01', value: [m(55.2, 66.73, 75.31, 10.78), m(48.45, 59.15, 66.06, 9.6), m(45.36, 54.92, 61.42, 8.65)] },
    // Arrêté du 21 mai 2025 relatif à la revalorisation des plafonds de ressources et des montants de
    // réduction de loyer de solidarité (JORFTEXT000051657925), from 1 June 2025. The 1 June 2026 values
    // are OpenFisca-France 176.0.7's (matched by the 2026-06 reference cases); text not consulted.
    { from: '2025-06-01', value: [m(39.69, 47.98, 54.14, 7.75), m(34.83, 42.53, 47.49, 6.9), m(32.61, 39.48, 44.16, 6.22)] },
    { from: '2026-06-01', value: [m(35.99, 43.51, 49.09, 7.03), m(31.58, 38.56, 43.06, 6.26), m(29.57, 35.8, 40.04, 5.64)] },
  ],
  stillValidOn: '2026-11-27',
});

/** Monthly resource ceilings: seul, couple, 1..6 PAC, per PAC beyond 6. */
export interface RlsPlafonds {
  seul: number;
  couple: number;
  pac: readonly [number, number, number, number, number, number];
  parPacSupp: number;
}
const p = (seul: number, couple: number, pac: RlsPlafonds['pac'], parPacSupp: number): RlsPlafonds => ({
  seul, couple, pac, parPacSupp,
});

export const RLS_PLAFONDS = defineParameter<ParZone<RlsPlafonds>>({
  name: 'aides_logement.rls.plafonds_ressources',
  description: 'Plafonds de ressources mensuelles ouvrant droit à la réduction de loyer de solidarité',
  unit: 'EUR',
  reference: ARRETE_RLS,
  values: [
    {
      // Arrêté du 29 décembre 2023 (JORFTEXT000048729702), in force 1 January 2024; unchanged until
      // the 1 January 2026 revaluation (version of the arrêté in force on 26 January 2025, Légifrance).
      from: '2024-01-01',
      value: [
        p(959, 1155, [1470, 1749, 2141, 2470, 2750, 3045], 297),
        p(895, 1092, [1393, 1659, 2036, 2351, 2617, 2897], 279),
        p(868, 1056, [1351, 1610, 1967, 2273, 2527, 2799], 259),
      ],
    },
    {
      from: '2026-01-01',
      value: [
        p(970, 1168, [1486, 1768, 2165, 2497, 2781, 3079], 300),
        p(905, 1104, [1408, 1677, 2059, 2377, 2646, 2929], 282),
        p(878, 1068, [1366, 1628, 1989, 2298, 2555, 2830], 262),
      ],
    },
  ],
  stillValidOn: '2026-11-27',
});

export const RLS_FRACTION_APL = defineParameter({
  name: 'aides_logement.rls.fraction_imputee_apl',
  description: 'Part de la réduction de loyer de solidarité déduite de l’APL',
  unit: 'taux',
  reference: { text: 'Code de la construction et de l’habitation', article: 'D823-16 (décret n° 2018-136 du 27 février 2018)' },
  values: [{ from: '2018-02-01', value: 0.98 }],
  stillValidOn: '2026-11-27',
});
