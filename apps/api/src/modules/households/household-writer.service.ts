import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { JobsService } from '../../common/jobs/jobs.service';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, ValidationFailedError, type FieldError } from '../../common/errors/domain-errors';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { CommunesService } from '../communes/communes.service';
import {
  BENEFIT_FIELDS,
  HOUSEHOLD_FIELDS,
  INCOME_FIELDS,
  PERSON_FIELDS,
  type HouseholdInputDto,
  type MemberInputDto,
  type ReceivedBenefitInputDto,
} from './dto/household-input.dto';
import type { HouseholdDetailDto } from './dto/household-output.dto';
import type { Household } from './entities/household.entity';
import type { Person } from './entities/person.entity';
import { changedFields, checkHouseholdRules, type CurrentValues } from './household-rules';
import { parisToday } from '@recours/domain';
import { HouseholdsRepository } from './households.repository';
import { HouseholdsService } from './households.service';
import { RefusalRegistryService } from '../rights/refusal-registry.service';
import { RemindersService } from '../notifications/reminders.service';

const pick = (input: object, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => (input as Record<string, unknown>)[f] !== undefined).map((f) => [f, (input as Record<string, unknown>)[f]]));

/** Creates and updates a household with its members, incomes and received benefits, in one transaction with the audit trail. */
@Injectable()
export class HouseholdWriterService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly households: HouseholdsService,
    private readonly jobs: JobsService,
    private readonly repo: HouseholdsRepository,
    private readonly refusals: RefusalRegistryService,
    private readonly communes: CommunesService,
    private readonly reminders: RemindersService,
  ) {}

  async create(actor: Actor, dto: HouseholdInputDto): Promise<HouseholdDetailDto> {
    const errors = [...checkHouseholdRules(dto, parisToday()), ...this.checkCommune(dto)];
    if (errors.length) throw new ValidationFailedError(errors);
    if ((dto.members ?? []).some((m) => m.id || (m.incomes ?? []).some((i) => i.id)) || (dto.receivedBenefits ?? []).some((b) => b.id)) {
      throw new ValidationFailedError([{ field: 'members', message: "pas d'identifiant à la création" }]);
    }
    const detail = await this.db.transaction(async (em) => {
      await this.checkReferent(em, actor, dto.referentId);
      const reference = await this.nextReference(em, actor.territoryId);
      const fields = changedFields(undefined, dto, HOUSEHOLD_FIELDS);
      const id = await this.repo.insertHousehold(em, {
        ...pick(dto, HOUSEHOLD_FIELDS),
        reference,
        organisationId: actor.organisationId,
        territoryId: actor.territoryId,
      });
      const entries: AuditEntry[] = [{ action: 'create', entityType: 'household', entityId: id, householdId: id, fields }];
      for (const m of dto.members ?? []) await this.createMember(em, id, m, entries);
      for (const b of dto.receivedBenefits ?? []) await this.createBenefit(em, id, b, entries);
      await this.repo.requestDetection(em, id);
      await this.audit.record(em, actor, entries);
      await this.refusals.restore(em, actor, id, parisToday());
      return this.households.loadDetail(em, id);
    });
    await this.jobs.detectHousehold(detail.id, 'created');
    return detail;
  }

  async update(actor: Actor, id: string, dto: HouseholdInputDto): Promise<HouseholdDetailDto> {
    let changed = false;
    const detail = await this.db.transaction(async (em) => {
      // Row lock: two concurrent saves of the same household are applied one after the other.
      await this.access.requireHouseholds(actor, [id], em, { lock: true });
      const current = await this.households.loadEntity(em, id);
      const errors = [...checkHouseholdRules(dto, parisToday(), currentValues(current)), ...this.checkCommune(dto, current)];
      if (errors.length) throw new ValidationFailedError(errors);

      const entries: AuditEntry[] = [];
      const fields = changedFields(current, dto, HOUSEHOLD_FIELDS);
      if (fields.includes('referentId')) await this.checkReferent(em, actor, dto.referentId);
      if (dto.members !== undefined) await this.syncMembers(em, current, dto.members, entries);
      if (dto.receivedBenefits !== undefined) await this.syncBenefits(em, current, dto.receivedBenefits, entries);

      if (fields.length) {
        await this.repo.updateHousehold(em, id, pick(dto, fields));
        entries.unshift({ action: 'update', entityType: 'household', entityId: id, householdId: id, fields });
        // Help with the quarterly declarations asked or withdrawn: their reminders, in this transaction.
        if (fields.includes('declarationHelpRequested')) await this.reminders.declarationHelpChanged(em, id, dto.declarationHelpRequested === true, parisToday());
        // Closed (or reopened): the reminders about its rights stop (or start again), in this transaction.
        if (fields.includes('status') && dto.status) await this.reminders.householdStatusChanged(em, id, dto.status);
      } else if (entries.length) {
        await this.repo.touch(em, id);
      }
      changed = entries.length > 0;
      if (changed) await this.repo.requestDetection(em, id);
      // Nothing changed: the answer still shows the whole record, so the read is traced.
      await this.audit.record(em, actor, changed ? entries : [{ action: 'read', entityType: 'household', entityId: id, householdId: id }]);
      if (dto.members !== undefined) await this.refusals.restore(em, actor, id, parisToday());
      return this.households.loadDetail(em, id);
    });
    // After the commit: the worker must read the new values.
    if (changed) await this.jobs.detectHousehold(id, 'updated');
    return detail;
  }

  /** "Relancer la détection": stamps the request (the truth, picked up by the sweep) and enqueues it. */
  async requestDetection(actor: Actor, id: string): Promise<{ householdId: string; detectionRequestedAt: Date; enqueued: boolean }> {
    const requestedAt = await this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [id], em);
      const at = await this.repo.requestDetection(em, id);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'household', entityId: id, householdId: id, fields: ['detectionRequestedAt'] }]);
      return at;
    });
    const enqueued = await this.jobs.detectHousehold(id, 'manual');
    return { householdId: id, detectionRequestedAt: requestedAt, enqueued };
  }

  /** The INSEE code and the housing-aid zone, as saved (a field left out keeps its stored value), must agree. */
  private checkCommune(dto: HouseholdInputDto, current?: Household) {
    const insee = dto.communeInsee === undefined ? current?.communeInsee ?? null : dto.communeInsee;
    const zone = dto.housingAidZone === undefined ? current?.housingAidZone ?? null : dto.housingAidZone;
    const changed = insee !== (current?.communeInsee ?? null) || zone !== (current?.housingAidZone ?? null);
    return this.communes.checkHousehold(insee, zone, changed);
  }

  private async checkReferent(em: EntityManager, actor: Actor, referentId: string | null | undefined) {
    if (!referentId) return;
    const error = await this.access.checkReferent(actor.organisationId, referentId, em);
    if (error) throw new ValidationFailedError([error]);
  }

  /** `HH-<year>-<00042>`; the counter row is locked by the UPDATE until commit. */
  private async nextReference(em: EntityManager, territoryId: string): Promise<string> {
    const seq = await this.repo.nextSequence(em, territoryId);
    return `HH-${parisToday().slice(0, 4)}-${String(seq).padStart(5, '0')}`;
  }

  private async createMember(em: EntityManager, householdId: string, m: MemberInputDto, entries: AuditEntry[]) {
    const personId = await this.repo.insertMember(em, { ...pick(m, PERSON_FIELDS), householdId });
    entries.push({ action: 'create', entityType: 'person', entityId: personId, householdId, fields: changedFields(undefined, m, PERSON_FIELDS) });
    for (const inc of m.incomes ?? []) {
      const incomeId = await this.repo.insertIncome(em, { ...pick(inc, INCOME_FIELDS), personId });
      entries.push({ action: 'create', entityType: 'income', entityId: incomeId, householdId, fields: changedFields(undefined, inc, INCOME_FIELDS) });
    }
  }

  private async createBenefit(em: EntityManager, householdId: string, b: ReceivedBenefitInputDto, entries: AuditEntry[]) {
    const benefitId = await this.repo.insertBenefit(em, { ...pick(b, BENEFIT_FIELDS), householdId });
    entries.push({ action: 'create', entityType: 'received_benefit', entityId: benefitId, householdId, fields: changedFields(undefined, b, BENEFIT_FIELDS) });
  }

  private async syncMembers(em: EntityManager, current: Household, input: MemberInputDto[], entries: AuditEntry[]) {
    const householdId = current.id;
    const stored = new Map((current.members ?? []).map((p) => [p.id, p]));
    const unknown: FieldError[] = [];
    input.forEach((m, i) => {
      if (m.id && !stored.has(m.id)) unknown.push({ field: `members[${i}].id`, message: 'membre inconnu dans ce foyer' });
      const storedIncomes = new Set((m.id ? stored.get(m.id)?.incomes ?? [] : []).map((x) => x.id));
      (m.incomes ?? []).forEach((inc, j) => {
        if (inc.id && !storedIncomes.has(inc.id)) unknown.push({ field: `members[${i}].incomes[${j}].id`, message: 'revenu inconnu pour ce membre' });
      });
    });
    if (unknown.length) throw new NotFoundError(unknown);

    const kept = new Set(input.map((m) => m.id).filter(Boolean));
    for (const p of stored.values()) {
      if (kept.has(p.id)) continue;
      await this.repo.deleteMember(em, p.id); // incomes cascade
      entries.push({ action: 'delete', entityType: 'person', entityId: p.id, householdId });
      for (const inc of p.incomes ?? []) entries.push({ action: 'delete', entityType: 'income', entityId: inc.id, householdId });
    }
    for (const m of input) {
      const p = m.id ? stored.get(m.id) : undefined;
      if (!p) {
        await this.createMember(em, householdId, m, entries);
        continue;
      }
      const fields = changedFields(p, m, PERSON_FIELDS);
      if (fields.length) {
        await this.repo.updateMember(em, p.id, pick(m, fields));
        entries.push({ action: 'update', entityType: 'person', entityId: p.id, householdId, fields });
      }
      if (m.incomes !== undefined) await this.syncIncomes(em, householdId, p, m.incomes, entries);
    }
  }

  private async syncIncomes(em: EntityManager, householdId: string, person: Person, input: NonNullable<MemberInputDto['incomes']>, entries: AuditEntry[]) {
    const stored = new Map((person.incomes ?? []).map((i) => [i.id, i]));
    const kept = new Set(input.map((i) => i.id).filter(Boolean));
    for (const inc of stored.values()) {
      if (kept.has(inc.id)) continue;
      await this.repo.deleteIncome(em, inc.id);
      entries.push({ action: 'delete', entityType: 'income', entityId: inc.id, householdId });
    }
    for (const inc of input) {
      const s = inc.id ? stored.get(inc.id) : undefined;
      if (!s) {
        const incomeId = await this.repo.insertIncome(em, { ...pick(inc, INCOME_FIELDS), personId: person.id });
        entries.push({ action: 'create', entityType: 'income', entityId: incomeId, householdId, fields: changedFields(undefined, inc, INCOME_FIELDS) });
        continue;
      }
      const fields = changedFields(s, inc, INCOME_FIELDS);
      if (fields.length) {
        await this.repo.updateIncome(em, s.id, pick(inc, fields));
        entries.push({ action: 'update', entityType: 'income', entityId: s.id, householdId, fields });
      }
    }
  }

  private async syncBenefits(em: EntityManager, current: Household, input: ReceivedBenefitInputDto[], entries: AuditEntry[]) {
    const householdId = current.id;
    const stored = new Map((current.receivedBenefits ?? []).map((b) => [b.id, b]));
    const unknown = input.flatMap((b, i) =>
      b.id && !stored.has(b.id) ? [{ field: `receivedBenefits[${i}].id`, message: 'prestation inconnue dans ce foyer' }] : [],
    );
    if (unknown.length) throw new NotFoundError(unknown);
    const kept = new Set(input.map((b) => b.id).filter(Boolean));
    for (const b of stored.values()) {
      if (kept.has(b.id)) continue;
      await this.repo.deleteBenefit(em, b.id);
      entries.push({ action: 'delete', entityType: 'received_benefit', entityId: b.id, householdId });
    }
    for (const b of input) {
      const s = b.id ? stored.get(b.id) : undefined;
      if (!s) {
        await this.createBenefit(em, householdId, b, entries);
        continue;
      }
      const fields = changedFields(s, b, BENEFIT_FIELDS);
      if (fields.length) {
        await this.repo.updateBenefit(em, s.id, pick(b, fields));
        entries.push({ action: 'update', entityType: 'received_benefit', entityId: s.id, householdId, fields });
      }
    }
  }
}

function currentValues(h: Household): CurrentValues {
  return {
    members: new Map(
      (h.members ?? []).map((p) => [
        p.id,
        {
          disabilityRecognised: p.disabilityRecognised,
          incapacityRate: p.incapacityRate,
          incomes: new Map((p.incomes ?? []).map((i) => [i.id, { startMonth: i.startMonth, endMonth: i.endMonth }])),
        },
      ]),
    ),
  };
}
