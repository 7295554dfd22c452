// The households a launched campaign targeted, each with how far it got: its contact task and the
// state of the rights it was targeted for (GET /api/campaigns/:id/households).
import type { DetectableBenefit, DetectedRightStatus, TaskStatus } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import type { ListQuery, ListSpec } from '../../common/http/list-query';
import { applicantName } from '../rights/right-rows';

const filter = z.object({ control: z.boolean().optional() }).strict();
export type CampaignHouseholdFilter = z.infer<typeof filter>;

export const CAMPAIGN_HOUSEHOLD_LIST: ListSpec<CampaignHouseholdFilter> = {
  sortable: { reference: 'h.reference', annualAmountCents: 'rs.annual_cents', taskStatus: 't.status' },
  defaultSort: ['annualAmountCents', 'DESC'],
  nullable: ['taskStatus'],
  filter,
};

export interface CampaignHouseholdItem {
  id: string;
  campaignId: string;
  reference: string;
  applicantName: string | null;
  communeName: string | null;
  control: boolean;
  taskId: string | null;
  taskStatus: TaskStatus | null;
  taskAssigneeName: string | null;
  annualAmountCents: number;
  rights: { id: string; benefit: DetectableBenefit; status: DetectedRightStatus }[];
}

interface Row {
  household_id: string;
  reference: string;
  app_first: string | null;
  app_last: string | null;
  commune_name: string | null;
  control: boolean;
  task_id: string | null;
  task_status: TaskStatus | null;
  assignee_name: string | null;
  annual_cents: string;
  rights: { id: string; benefit: DetectableBenefit; status: DetectedRightStatus }[];
}

/** One page of the campaign's households (the campaign's access is checked by the caller). */
export async function campaignHouseholdsPage(em: EntityManager, campaignId: string, q: ListQuery<CampaignHouseholdFilter>): Promise<{ total: number; items: CampaignHouseholdItem[] }> {
  const params: unknown[] = [campaignId];
  let where = 'ch.campaign_id = $1';
  if (q.filter.control !== undefined) {
    params.push(q.filter.control);
    where += ` AND ch.control = $${params.length}`;
  }
  const [{ total }]: { total: number }[] = await em.query(`SELECT count(*)::int AS total FROM campaign_household ch WHERE ${where}`, params);
  // The rights' amounts and states as they are now: the targeted rights move on as the outreach goes.
  const rows: Row[] = await em.query(
    `SELECT ch.household_id, h.reference, h.applicant_first_name AS app_first, h.applicant_last_name AS app_last, h.commune_name,
            ch.control, ch.task_id, t.status AS task_status, u.display_name AS assignee_name, rs.annual_cents, rs.rights
     FROM campaign_household ch
     JOIN household h ON h.id = ch.household_id
     LEFT JOIN task t ON t.id = ch.task_id
     LEFT JOIN app_user u ON u.id = t.assignee_id
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents::bigint * 12 END), 0)::bigint AS annual_cents,
              coalesce(jsonb_agg(jsonb_build_object('id', r.id, 'benefit', r.benefit, 'status', r.status) ORDER BY r.benefit), '[]'::jsonb) AS rights
       FROM detected_right r WHERE r.id = ANY(ch.detected_right_ids)
     ) rs
     WHERE ${where}
     ORDER BY ${q.sort.sql} ${q.sort.order}${q.sort.nullable ? ' NULLS LAST' : ''}, ch.household_id ${q.sort.order}
     LIMIT ${q.limit} OFFSET ${q.offset}`,
    params,
  );
  return {
    total,
    items: rows.map((r) => ({
      id: r.household_id,
      campaignId,
      reference: r.reference,
      applicantName: applicantName(r.app_first, r.app_last),
      communeName: r.commune_name,
      control: r.control,
      taskId: r.task_id,
      taskStatus: r.task_status,
      taskAssigneeName: r.assignee_name,
      annualAmountCents: Number(r.annual_cents),
      rights: r.rights,
    })),
  };
}
