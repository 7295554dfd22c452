// How an engine output is compared with a reference case (OpenFisca-France): the output keys and
// the tolerance of each (1 €, chèque énergie 0.50 €, CSS status exactly). Shared by the reference
// tests and the mismatch tool (tools/rights-mismatches.ts); the files are read by reference-files.ts.

export const REFERENCE_KEYS = ['rsa', 'ppa_nette_crds', 'aide_logement', 'cheque_energie', 'css_status',
  'css_participation_forfaitaire', 'af', 'aah_total', 'aspa'] as const;
export type ReferenceKey = (typeof REFERENCE_KEYS)[number];

export interface ReferenceCase { id: string; input: unknown; output: Record<string, unknown> }

export function matchesReference(key: ReferenceKey, expected: unknown, got: unknown): boolean {
  if (key === 'css_status') return expected === got;
  const tol = key === 'cheque_energie' ? 0.5 : 1;
  return Math.abs((expected as number) - (got as number)) <= tol + 1e-9;
}
