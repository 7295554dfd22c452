// Fast mode for batch scoring: the nine outputs as numbers written into a caller-owned object.
// Same orchestration and formulas as evaluateHousehold (HouseholdRun), with look-back months
// reused when their inputs are provably identical, and no result objects, explanations or
// allocations per household.
import type { Household } from './household';
import { HouseholdRun } from './evaluate';

export interface Amounts {
  rsa: number;
  ppa: number;
  aideLogement: number;
  chequeEnergie: number;
  /** 0 = non, 1 = participation, 2 = gratuite. */
  cssStatus: number;
  cssParticipation: number;
  af: number;
  aahTotal: number;
  aspa: number;
}

const run = new HouseholdRun(true);

export function evaluateAmounts(h: Household, out: Amounts): Amounts {
  run.run(h);
  out.rsa = run.rsa;
  out.ppa = run.ppa;
  out.aideLogement = run.aideLogement;
  out.chequeEnergie = run.chequeEnergie;
  out.cssStatus = run.cssStatusCode;
  out.cssParticipation = run.cssParticipation;
  out.af = run.af;
  out.aahTotal = run.aahTotal;
  out.aspa = run.aspaM;
  return out;
}
