// The steps of the take-up funnel and the rank each right status proves it reached. Pure: the SQL of
// indicators.repository.ts is generated from this table, and docs/indicateurs.md states it in French.
import { DETECTED_RIGHT_STATUSES, type DetectedRightStatus } from '@recours/domain';

/**
 * 0 detected, 1 confirmed, 2 informed, 3 claim filed, 4 answered (granted or refused). The exits
 * (`ecarte`, `abandonne`, `refus_personne`) prove nothing by themselves: the step they left from is
 * read from the right's transitions (`from_status`).
 */
export const STEP_RANK: Readonly<Record<DetectedRightStatus, number>> = Object.freeze({
  detecte: 0,
  ecarte: 0,
  abandonne: 0,
  refus_personne: 0,
  confirme: 1,
  informe: 2,
  demande_en_cours: 2,
  demande_deposee: 3,
  accorde: 4,
  refuse: 4,
});

/** `CASE <column> WHEN 'confirme' THEN 1 … ELSE 0 END` for a column of type detected_right_status. */
export function stepRankSql(column: string): string {
  const whens = DETECTED_RIGHT_STATUSES.filter((s) => STEP_RANK[s] > 0).map((s) => `WHEN '${s}' THEN ${STEP_RANK[s]}`);
  return `CASE ${column} ${whens.join(' ')} ELSE 0 END`;
}

export const FUNNEL_STEPS = ['detected', 'confirmed', 'reached', 'informed', 'claimFiled', 'granted'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export type FunnelCounts = Record<FunnelStep | 'refused' | 'declined', number>;

/**
 * Conversion of each step from the step before it (null when the step before is empty), as a
 * proportion 0…1 rounded to 3 decimals; refused and declined are shares of the claims filed and of
 * the detected households.
 */
export function conversions(c: FunnelCounts): Record<Exclude<FunnelStep, 'detected'> | 'refused' | 'declined', number | null> {
  const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 1000 : null);
  return {
    confirmed: ratio(c.confirmed, c.detected),
    reached: ratio(c.reached, c.confirmed),
    informed: ratio(c.informed, c.reached),
    claimFiled: ratio(c.claimFiled, c.informed),
    granted: ratio(c.granted, c.claimFiled),
    refused: ratio(c.refused, c.claimFiled),
    declined: ratio(c.declined, c.detected),
  };
}
