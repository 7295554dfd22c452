// Fast mode for batch scoring: the nine outputs as numbers written into a caller-owned object
// (no explanation steps, no result objects kept). Same computation as evaluateHousehold.
import type { Household } from './household';
import { evaluateHousehold } from './evaluate';

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

export function evaluateAmounts(h: Household, out: Amounts): Amounts {
  const e = evaluateHousehold(h);
  out.rsa = e.rsa.amountCents;
  out.ppa = e.primeActivite.amountCents;
  out.aideLogement = e.aideLogement.amountCents;
  out.chequeEnergie = e.chequeEnergie.amountCents;
  out.cssStatus = e.css.status === 'gratuite' ? 2 : e.css.status === 'participation' ? 1 : 0;
  out.cssParticipation = e.css.participationCents;
  out.af = e.allocationsFamiliales.amountCents;
  out.aahTotal = e.aah.amountCents;
  out.aspa = e.aspa.amountCents;
  return out;
}
