// Detection of one household end to end, without NestJS or Redis: used by the worker's
// detection.household job and directly by the demo seed.
import { parisToday } from '@recours/domain';
import { isProposal, detect, type DetectionOutcome } from '../detect';
import { rulesetFingerprint } from '../fingerprint';
import { currentParisPeriod } from '../period';
import { activeBlocks, applyAssessments, decidedSinceLastChange, stampDetected, type AppliedDetection } from './detected-right.repository';
import { loadHouseholdSnapshots } from './household-snapshot.repository';
import { inTransaction, type SqlPool } from './sql-client';

export type HouseholdDetectionResult =
  | { householdId: string; status: 'missing' | 'closed' }
  | ({ householdId: string; status: 'done'; period: string; proposals: number; evaluable: boolean } & AppliedDetection);

export interface DetectionServiceOptions {
  /** Defaults to the fingerprint of the engine loaded in this process. */
  fingerprint?: string;
  /** Month evaluated ('YYYY-MM'), defaults to the current month in Paris. */
  period?: () => string;
  /** 'YYYY-MM-DD' for outreach blocks, defaults to today in Paris. */
  today?: () => string;
}

export class DetectionService {
  readonly fingerprint: string;
  private readonly period: () => string;
  private readonly today: () => string;

  constructor(
    private readonly pool: SqlPool,
    opts: DetectionServiceOptions = {},
  ) {
    this.fingerprint = opts.fingerprint ?? rulesetFingerprint();
    this.period = opts.period ?? (() => currentParisPeriod());
    this.today = opts.today ?? (() => parisToday());
  }

  /**
   * Locks the household row (two runs for the same household queue up instead of racing), loads it,
   * runs the engine and writes the rights, then stamps detected_at and the fingerprint — all in one
   * transaction, so a failure leaves the household due for the sweep. Safe to run twice.
   */
  async detectHousehold(householdId: string): Promise<HouseholdDetectionResult> {
    return inTransaction(this.pool, async (tx) => {
      const locked = await tx.query<{ status: 'active' | 'closed' }>(`SELECT status FROM household WHERE id = $1::uuid FOR UPDATE`, [householdId]);
      if (locked.rows.length === 0) return { householdId, status: 'missing' as const };
      if (locked.rows[0].status !== 'active') return { householdId, status: 'closed' as const };
      const loaded = (await loadHouseholdSnapshots(tx, [householdId])).get(householdId)!;
      const blocked = await activeBlocks(tx, householdId, this.today());
      const decided = await decidedSinceLastChange(tx, householdId);
      const period = this.period();
      const outcome: DetectionOutcome = detect(loaded.snapshot, period, { blocked, decided });
      const proposals = outcome.assessments.filter(isProposal);
      const others = outcome.assessments.filter((a) => !isProposal(a) && a.outcome !== 'bloque' && a.outcome !== 'deja_traite');
      const applied = await applyAssessments(tx, loaded.snapshot, proposals, others);
      await stampDetected(tx, householdId, this.fingerprint);
      return { householdId, status: 'done' as const, period, proposals: proposals.length, evaluable: outcome.evaluable, ...applied };
    });
  }

  /**
   * Detection for many households, `concurrency` at a time (seed, scripts). A household that fails
   * (e.g. the engine refuses its data) is counted and left for the worker's sweep, not fatal.
   */
  async detectMany(
    ids: readonly string[],
    concurrency = 4,
  ): Promise<{ households: number; created: number; refreshed: number; failed: { householdId: string; error: string }[] }> {
    let next = 0, created = 0, refreshed = 0, households = 0;
    const failed: { householdId: string; error: string }[] = [];
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        try {
          const r = await this.detectHousehold(id);
          if (r.status === 'done') {
            households++;
            created += r.created.length;
            refreshed += r.refreshed;
          }
        } catch (err) {
          failed.push({ householdId: id, error: err instanceof Error ? err.message : String(err) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
    return { households, created, refreshed, failed };
  }
}
