// Campaigns are launched by a job the API enqueues after setting status = 'en_cours'. If Redis lost
// that job, the campaign would stay en_cours forever: this sweep re-enqueues it. Same jobId as the
// API's, so a launch already queued or running is not doubled (and a doubled one would still create
// each task once: unique (campaign_id, household_id)).
import { launchCampaignJob, type JobQueues } from '@recours/jobs';
import type { Pool } from 'pg';
import { runningCampaignIds } from './campaign-launch.repository';

export const launchJobId = (campaignId: string) => `campaign-launch-${campaignId}`;

export async function sweepCampaigns(pool: Pool, queues: JobQueues): Promise<{ enqueued: number }> {
  const ids = await runningCampaignIds(pool, 1000);
  await queues.enqueueBulk(launchCampaignJob, ids.map((campaignId) => ({ payload: { campaignId }, options: { jobId: launchJobId(campaignId) } })));
  return { enqueued: ids.length };
}
