import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type SweepRow = { name: string; age_seconds: number; last_count: number; last_duration_ms: number; every_ms: number | null };
export type LatenessRow = { fired: number; p50_ms: number | null; p99_ms: number | null; max_ms: number | null };

/** What the worker's sweeps recorded, and how late the reminders of the last hour fired. */
@Injectable()
export class SweepsRepository {
  constructor(private readonly db: DataSource) {}

  async sweeps(): Promise<SweepRow[]> {
    return this.db.query(
      `SELECT name, extract(epoch FROM now() - last_success_at)::float8 AS age_seconds, last_count, last_duration_ms, every_ms FROM sweep_status ORDER BY name`,
    );
  }

  /** Reminders left `failed`: every round of their fire job exhausted its attempts (the worker logged each as an error). */
  async failedReminders(): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM reminder WHERE state = 'failed'`);
    return row.n;
  }

  async lateness(): Promise<LatenessRow> {
    const [row]: LatenessRow[] = await this.db.query(
      `SELECT count(*)::int AS fired,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::int AS p50_ms,
              (percentile_cont(0.99) WITHIN GROUP (ORDER BY ms))::int AS p99_ms,
              max(ms)::int AS max_ms
       FROM (SELECT extract(epoch FROM done_at - due_at) * 1000 AS ms FROM reminder
             WHERE state = 'done' AND done_at > now() - interval '1 hour') l`,
    );
    return row;
  }
}
