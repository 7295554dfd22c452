// campaigns.launch without NestJS (the processor wraps it; the benchmark drives it through BullMQ).
import { parisToday } from '@recours/domain';
import { bindHandler, launchCampaignJob, type HandlerBinding } from '@recours/jobs';
import type { Job } from 'bullmq';
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { claimCampaign, createChunk, disableJit, dropCohort, failCampaign, finishCampaign, resetJit, snapshotCohort } from './campaign-launch.repository';

export type LaunchResult =
  | { status: 'skipped' }
  | { status: 'terminee'; target: number; created: number; tasksCreated: number; chunks: number };

export interface LaunchOptions {
  chunkSize: number;
  today?: () => string;
  /** Called after each chunk (the job's progress; the back office polls campaign.tasks_created). */
  onProgress?: (p: { tasksCreated: number; target: number }) => Promise<void>;
}

export class CampaignLauncher {
  constructor(
    private readonly pool: Pool,
    private readonly opts: LaunchOptions,
  ) {}

  /**
   * Claims the campaign, snapshots its cohort, creates the tasks chunk by chunk and marks it
   * `terminee`. Safe to run twice: a finished campaign is not claimed again, and households that
   * already have their task are skipped (unique (campaign_id, household_id)).
   */
  async launch(campaignId: string): Promise<LaunchResult> {
    const today = (this.opts.today ?? (() => parisToday()))();
    const campaign = await claimCampaign(this.pool, campaignId, today);
    if (!campaign) return { status: 'skipped' };
    const client = await this.pool.connect();
    const table = `launch_cohort_${randomBytes(6).toString('hex')}`;
    let created = 0, chunks = 0, tasksCreated = 0;
    try {
      // JIT compilation costs more than it saves on these short statements (≈ 100 ms per cohort query).
      await disableJit(client);
      const { size, target } = await snapshotCohort(client, campaign, today, table);
      for (let from = 0; from < size; from += this.opts.chunkSize) {
        const r = await createChunk(client, campaign, table, from, from + this.opts.chunkSize);
        created += r.created;
        tasksCreated = r.tasksCreated;
        chunks++;
        await this.opts.onProgress?.({ tasksCreated, target });
      }
      await dropCohort(client, table);
      await resetJit(client);
      client.release();
      await finishCampaign(this.pool, campaignId);
      return { status: 'terminee', target, created, tasksCreated, chunks };
    } catch (err) {
      // The connection may hold the temp table or a broken transaction: do not reuse it.
      client.release(err instanceof Error ? err : true);
      throw err;
    }
  }

  async markFailed(campaignId: string, error: string): Promise<void> {
    await failCampaign(this.pool, campaignId, error);
  }
}

/** Whether this run is the job's last attempt (BullMQ counts attemptsMade before the run ends). */
export function isLastAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** campaigns.launch: creates one contact task per cohort household; `echec` after the last failed attempt. */
export function launchBinding(launcher: (job: Job) => CampaignLauncher): HandlerBinding {
  return bindHandler(launchCampaignJob, async ({ campaignId }, job) => {
    try {
      return await launcher(job).launch(campaignId);
    } catch (err) {
      if (isLastAttempt(job)) await launcher(job).markFailed(campaignId, err instanceof Error ? err.message : String(err));
      throw err;
    }
  });
}
