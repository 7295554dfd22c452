import { Injectable } from '@nestjs/common';
import { parisToday } from '@recours/domain';
import { DataSource } from 'typeorm';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { applicantName } from '../rights/right-rows';
import { TasksRepository, toTaskDto } from '../tasks/tasks.repository';
import { MyDayRepository, type RankedHouseholdRow } from './my-day.repository';

@Injectable()
export class MyDayService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly tasks: TasksRepository,
    private readonly repo: MyDayRepository,
  ) {}

  async get(actor: Actor) {
    const scope = caseworkScope(actor);
    const today = parisToday();
    // Two statements, no transaction: the tasks, then the households with the audit event naming both.
    const em = this.db.manager;
    const tasks = await this.tasks.dueForAssignee(em, scope, actor.userId, today);
    const households = await this.audit.selectListed<RankedHouseholdRow>(
      em,
      actor,
      { entityType: 'task', fields: ['myDay'], otherHouseholdIds: tasks.map((t) => t.household_id) },
      this.repo.householdsByGain(scope, actor.userId, today),
    );
    return {
      tasks: tasks.map(toTaskDto),
      households: households.map((h) => ({
        householdId: h.id,
        reference: h.reference,
        applicantName: applicantName(h.app_first, h.app_last),
        communeName: h.commune_name,
        expectedAnnualGainCents: Number(h.gain),
        openRights: h.open_rights,
      })),
    };
  }
}
