// The reference cases the engine does not match, with the intermediates that explain a gap.
// Usage: node tools/run-ts.cjs tools/rights-mismatches.ts [CASE_ID|-] [KEY]
//   no argument: match counts per file and key, and the ids of the mismatches;
//   CASE_ID: every mismatching key of that case with its intermediates;
//   - KEY: the intermediates of every mismatch of that key.
// Raw comparison: the documented divergences (src/reference-divergences.ts), which the reference
// test accepts, are listed here as mismatches.
import { householdFromReference } from '../libs/rights/src/adapters/reference-case';
import { toReferenceOutputs } from '../libs/rights/src/cli-output';
import { evaluateHousehold, type Evaluation } from '../libs/rights/src/evaluate';
import { loadReferenceCases } from '../libs/rights/src/reference-files';
import { matchesReference, REFERENCE_KEYS, type ReferenceKey } from '../libs/rights/src/reference-match';

const only = process.argv[2];
const showKey = process.argv[3];

const familyOf = (e: Evaluation) => {
  const f = e.allocationsFamiliales;
  return { af: f.af, afBase: f.afBase, afMajoration: f.afMajoration, afForfait: f.afForfait, asf: f.asf, cf: f.cf, pajeBase: f.pajeBase };
};

function intermediates(key: ReferenceKey, out: Record<string, unknown>, e: Evaluation): string {
  if (key === 'rsa' || key === 'ppa_nette_crds') {
    return `  ref ${JSON.stringify({ socle: out.rsa_socle, majore: out.rsa_socle_majore, fl: out.rsa_forfait_logement, br: out.rsa_base_ressources, ppa: out.ppa, ppaBr: out.ppa_base_ressources, ppaFl: out.ppa_forfait_logement, bonif: out.ppa_bonification, al: out.aide_logement, aah: out.aah_total, aspa: out.aspa, asf: out.asf, af: out.af, paje: out.paje_base, cf: out.cf })}\n` +
      `  got ${JSON.stringify({ socle: e.rsa.socle, majore: e.rsa.socleMajore, fl: e.rsa.forfaitLogement, br: e.rsa.baseRessources, ppa: e.primeActivite.brutCents, al: e.aideLogement.amountCents, months: e.primeActivite.months, family: familyOf(e) })}`;
  }
  if (key.startsWith('css')) {
    return `  ref ${JSON.stringify({ br: out.css_cmu_base_ressources, plafond: out.cmu_c_plafond, acs: out.acs_plafond, rsa: out.rsa, al: out.aide_logement, af: out.af, asf: out.asf, cf: out.cf })}\n` +
      `  got ${JSON.stringify({ br: e.css.ressourcesAnnuelles, plafond: e.css.plafondGratuite, participation: e.css.plafondParticipation, rsa: e.rsa.amountCents })}`;
  }
  if (key === 'af') {
    return `  ref ${JSON.stringify({ af: out.af, base: out.af_base, majoration: out.af_majoration, forfait: out.af_allocation_forfaitaire, pfBr: out.prestations_familiales_base_ressources })}\n` +
      `  got ${JSON.stringify(familyOf(e))}`;
  }
  return '';
}

for (const { file, cases } of loadReferenceCases()) {
  const ok: Record<string, number> = {};
  const bad: Record<string, string[]> = {};
  for (const c of cases) {
    if (only && only !== '-' && c.id !== only) continue;
    const e = evaluateHousehold(householdFromReference(c.input));
    const got = toReferenceOutputs(e);
    for (const k of REFERENCE_KEYS) {
      const match = matchesReference(k, c.output[k], got[k]);
      ok[k] = (ok[k] ?? 0) + (match ? 1 : 0);
      if (match) continue;
      (bad[k] ??= []).push(c.id);
      if (showKey === k || only === c.id) {
        console.log(file, c.id, k, 'expected', c.output[k], 'got', got[k], JSON.stringify(c.input));
        const detail = intermediates(k, c.output, e);
        if (detail) console.log(detail);
      }
    }
  }
  console.log(file, Object.fromEntries(REFERENCE_KEYS.map((k) => [k, ok[k] ?? 0])));
  for (const k of REFERENCE_KEYS) if (bad[k]) console.log('  ', k, bad[k].length, bad[k].slice(0, 25).join(' '));
}
