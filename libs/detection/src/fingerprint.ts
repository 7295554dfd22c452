// Ruleset fingerprint: changes whenever a detection could change for the same household — a legal
// parameter value or date (or its "checked until" stamp, which drives the stale warnings), a rule
// version, or this library's own mapping/threshold logic (DETECTION_LOGIC_VERSION). Stored in
// household.detection_fingerprint; the sweep re-evaluates households whose stamp differs.
import { createHash } from 'node:crypto';
import { ZERO_INCOMES, ZERO_PATRIMOINE, allParameters, evaluateHousehold, type Household } from '@recours/rights';
import { DETECTABLE_BENEFITS } from '@recours/domain';
import { resultOf } from './detect';
import { currentParisPeriod } from './period';

/** Bump when to-engine-household, completeness or detect change what they produce. */
export const DETECTION_LOGIC_VERSION = 'detection@2026.3'; // 2026.3: ASF and complément familial detected; explanation steps stored as data

/** JSON with sorted object keys, and numbers written so that Infinity/NaN stay distinct. */
export function stableStringify(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : `"${String(value)}"`;
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** A month every parameter history covers (rule versions do not depend on the month). */
const PROBE_PERIOD = '2026-01';

/**
 * Rule versions as the engine reports them. `libs/rights` exports no list of its rule versions, so
 * a minimal household is evaluated once and the versions are read from its results. Never throws:
 * the worker must boot (heartbeat, campaigns) even if the engine refuses a month.
 */
export function ruleVersions(): string[] {
  for (const period of [PROBE_PERIOD, currentParisPeriod()]) {
    try {
      return probeVersions(period);
    } catch {
      // try the next month
    }
  }
  return ['rule-versions-unavailable'];
}

function probeVersions(period: string): string[] {
  const probe: Household = {
    id: 'fingerprint-probe',
    period,
    couple: false,
    coupleType: 'marie',
    members: [{
      role: 'adult', age: 40, activity: 'inactif', student: false, disabled: false, disabilityRate: 0, rsdae: false,
      aahOverride: null, sharedCustody: false, incomes: { ...ZERO_INCOMES },
    }],
    housing: { status: 'heberge', rentalType: 'vide', rent: 0, charges: null, zone: 2, depcom: '69123', coloc: false, room: false },
    patrimoine: { ...ZERO_PATRIMOINE },
    asfEligible: false,
    rsaExperimentation: false,
  };
  const e = evaluateHousehold(probe);
  return [...new Set(DETECTABLE_BENEFITS.map((b) => resultOf(e, b).ruleVersion))].sort();
}

/** sha256 over the parameters (name, values by date, stamp), the rule versions and the logic version. */
export function computeRulesetFingerprint(versions: readonly string[] = ruleVersions()): string {
  const parameters = allParameters()
    .map((p) => ({ name: p.name, stillValidOn: p.stillValidOn, values: p.values }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  hash.update(stableStringify({ logic: DETECTION_LOGIC_VERSION, rules: [...versions].sort(), parameters }));
  return hash.digest('hex');
}

let cached: string | undefined;
/** The fingerprint of the engine loaded in this process (parameters are fixed once the code is loaded). */
export function rulesetFingerprint(): string {
  cached ??= computeRulesetFingerprint();
  return cached;
}
