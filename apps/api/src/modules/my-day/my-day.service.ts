import { Injectable } from '@nestjs/common';
import { CONFIDENCE_WEIGHT, OPEN_RIGHT_STATUSES, parisToday, TASK_PRIORITIES } from '@recours/domain';
import { DataSource } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { applicantName } from '../rights/right-rows';
import { TASK_SELECT, toTaskDto } from '../tasks/tasks.service';

const WEIGHT_SQL = `CASE r.confidence ${Object.entries(CONFIDENCE_WEIGHT).map(([c, w]) => `WHEN '${c}' THEN ${w}`).join(' ')} END`;
const ANNUAL_SQL = "(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)";
const OPEN_SQL = OPEN_RIGHT_STATUSES.map((s) => `'${s}'`).join(', ');
const PRIORITY_RANK = `array_position(ARRAY[${[...TASK_PRIORITIES].reverse().map((p) => `'${p}'`).join(', ')}]::task_priority[], t.priority)`;

@Injectable()
export class MyDayService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor) {
    const scope = this.access.householdScope(actor);
    const today = parisToday();
    return this.db.transaction(async (em) => {
      const tasks = await em.query(
        `SELECT ${TASK_SELECT}
         WHERE t.${scope.column} = $1 AND t.assignee_id = $2 AND t.status IN ('a_faire', 'en_cours') AND t.due_on <= $3::date
         ORDER BY t.due_on, ${PRIORITY_RANK}, t.id LIMIT 200`,
        [scope.value, actor.userId, today],
      );
      // Refusals excluded: a household is not worth chasing for a benefit the person declined.
      const households: Record<string, unknown>[] = await em.query(
        `SELECT h.id, h.reference, h.commune_name, app.first_name AS app_first, app.last_name AS app_last,
                round(sum(${ANNUAL_SQL} * ${WEIGHT_SQL}))::float8 AS gain,
                json_agg(json_build_object('id', r.id, 'benefit', r.benefit, 'estimatedAmountCents', r.estimated_amount_cents,
                  'amountPeriod', r.amount_period, 'confidence', r.confidence, 'status', r.status) ORDER BY ${ANNUAL_SQL} DESC) AS open_rights
         FROM household h
         JOIN detected_right r ON r.household_id = h.id AND r.status IN (${OPEN_SQL})
         LEFT JOIN LATERAL (SELECT first_name, last_name FROM person p
                            WHERE p.household_id = h.id AND p.relationship = 'demandeur' ORDER BY p.created_at LIMIT 1) app ON true
         WHERE h.${scope.column} = $1 AND h.referent_id = $2 AND h.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM outreach_block ob WHERE ob.household_id = r.household_id AND ob.benefit = r.benefit AND ob.blocked_until > $3::date)
         GROUP BY h.id, h.reference, h.commune_name, app.first_name, app.last_name
         ORDER BY gain DESC, h.id LIMIT 20`,
        [scope.value, actor.userId, today],
      );
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'task', fields: ['myDay'] }]);
      return {
        tasks: tasks.map(toTaskDto),
        households: households.map((h) => ({
          householdId: h.id as string,
          reference: h.reference as string,
          applicantName: applicantName(h.app_first, h.app_last),
          communeName: (h.commune_name as string | null) ?? null,
          expectedAnnualGainCents: Number(h.gain),
          openRights: h.open_rights,
        })),
      };
    });
  }
}
