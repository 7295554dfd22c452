// Dev-only: compare against the reference cases and print mismatches with intermediates.
import * as fs from 'fs';
import * as path from 'path';
import { householdFromReference } from '../libs/rights/src/adapters/reference-case';
import { evaluateHousehold } from '../libs/rights/src/evaluate';
import { toReferenceOutputs } from '../libs/rights/src/cli-output';

const dir = path.resolve(__dirname, '..', '..', 'shared', 'rights-cases');
const keys = ['rsa', 'ppa_nette_crds', 'aide_logement', 'cheque_energie', 'css_status', 'css_participation_forfaitaire', 'af', 'aah_total', 'aspa'] as const;
const only = process.argv[2];
const showKey = process.argv[3];
for (const f of ['cases-2026-01.json', 'cases-2026-06.json']) {
  const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const ok: Record<string, number> = {};
  const bad: Record<string, string[]> = {};
  for (const c of data.cases) {
    if (only && only !== '-' && c.id !== only) continue;
    const h = householdFromReference(c.input);
    const e = evaluateHousehold(h);
    const o = toReferenceOutputs(e);
    for (const k of keys) {
      const exp = c.output[k];
      const got = (o as unknown as Record<string, number | string>)[k] as number & string;
      const tol = k === 'cheque_energie' ? 0.5 : 1;
      const match = k === 'css_status' ? exp === got : Math.abs(exp - got) <= tol;
      ok[k] = (ok[k] ?? 0) + (match ? 1 : 0);
      if (!match) (bad[k] ??= []).push(c.id);
      if (!match && (showKey === k || only === c.id)) {
        const out = c.output;
        console.log(f.slice(6, 13), c.id, k, 'exp', exp, 'got', got, JSON.stringify(c.input));
        if (k === 'rsa' || k === 'ppa_nette_crds') console.log('  ref', { socle: out.rsa_socle, maj: out.rsa_socle_majore, fl: out.rsa_forfait_logement, br: out.rsa_base_ressources, ppa: out.ppa, ppabr: out.ppa_base_ressources, ppafl: out.ppa_forfait_logement, bonif: out.ppa_bonification, al: out.aide_logement, aah: out.aah_total, aspa: out.aspa, asf: out.asf, af: out.af, paje: out.paje_base, cf: out.cf },
          '\n  got', { socle: e.rsa.socle, maj: e.rsa.socleMajore, fl: e.rsa.forfaitLogement, br: e.rsa.baseRessources, ppa: e.primeActivite.brutCents, al: e.aideLogement.amountCents, months: e.primeActivite.months, fam: e.allocationsFamiliales });
        if (k.startsWith('css')) console.log('  ref', { br: out.css_cmu_base_ressources, plaf: out.cmu_c_plafond, acs: out.acs_plafond, rsa: out.rsa, al: out.aide_logement, af: out.af, asf: out.asf, cf: out.cf }, '\n  got', { br: e.css.ressourcesAnnuelles, plaf: e.css.plafondGratuite, acs: e.css.plafondParticipation, rsa: e.rsa.amountCents });
        if (k === 'af') console.log('  ref', { af: out.af, base: out.af_base, maj: out.af_majoration, forf: out.af_allocation_forfaitaire, pfbr: out.prestations_familiales_base_ressources }, '\n  got', e.allocationsFamiliales);
      }
    }
  }
  console.log(f, Object.fromEntries(keys.map((k) => [k, ok[k]])));
  for (const k of keys) if (bad[k]) console.log('  ', k, bad[k].length, bad[k].slice(0, 25).join(' '));
}
