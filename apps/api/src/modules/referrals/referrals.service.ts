import { Injectable } from '@nestjs/common';
import {
  allowedReferralActions,
  DETECTABLE_BENEFITS,
  LABELS,
  parisToday,
  REFERRAL_STATUSES,
  REFUSAL_REASONS,
  referralActionRule,
  rightTransitionPath,
  validateReferralAction,
  type DetectedRightStatus,
  type RefusalReason,
  type ReferralAction,
  type ValidReferralAction,
  type ValidTransition,
} from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zDate, zEnum, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { RemindersService } from '../notifications/reminders.service';
import { OutreachBlocksService } from '../rights/outreach-blocks.service';
import { RightTransitionsService } from '../rights/right-transitions.service';
import type { ReferralActionDto, ReferralCreateDto, ReferralDetailDto, ReferralDto } from './dto/referral.dto';
import { OVERDUE_SQL, ReferralsRepository, type Box, type ReferralRow } from './referrals.repository';
import { loadSharedData } from './shared-data';

const filter = z
  .object({
    box: zEnum(['sent', 'received'] as const).optional(),
    id: zIdOrIds.optional(),
    status: z.union([zEnum(REFERRAL_STATUSES).transform((s) => [s]), z.array(zEnum(REFERRAL_STATUSES)).min(1)]).optional(),
    recipientOrganisationId: zUuid.optional(),
    senderOrganisationId: zUuid.optional(),
    householdId: zUuid.optional(),
    benefit: zEnum(DETECTABLE_BENEFITS).optional(),
    overdue: z.boolean({ error: 'doit être vrai ou faux' }).optional(),
    sentFrom: zDate.optional(),
    sentTo: zDate.optional(),
  })
  .strict();
export type ReferralFilter = z.infer<typeof filter>;

export const REFERRAL_LIST: ListSpec<ReferralFilter> = {
  sortable: {
    statusChangedAt: 'r.status_changed_at',
    createdAt: 'r.created_at',
    status: 'r.status',
    householdReference: 'h.reference',
    overdue: OVERDUE_SQL,
  },
  defaultSort: ['statusChangedAt', 'DESC'],
  filter,
};

const FINAL_ACTIONS: ReadonlySet<ReferralAction> = new Set(['decline', 'close', 'cancel', 'expire']);

@Injectable()
export class ReferralsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly repo: ReferralsRepository,
    private readonly rightTransitions: RightTransitionsService,
    private readonly blocks: OutreachBlocksService,
    private readonly reminders: RemindersService,
  ) {}

  /**
   * `box` defaults to what the role works with: partners receive, the others send. Received lists
   * record one event per household shown, so each appears in that household's access history.
   */
  async list(actor: Actor, q: ListQuery<ReferralFilter>, boxParam?: string): Promise<ListResult<ReferralDto>> {
    const { box: filterBox, ...f } = q.filter;
    const box: Box = parseBox(boxParam) ?? filterBox ?? (actor.role === 'partner_agent' ? 'received' : 'sent');
    return this.db.transaction(async (em) => {
      const { total, rows } = await this.repo.list(em, caseworkScope(actor), box, f, { orderSql: q.sort.sql, order: q.sort.order, limit: q.limit, offset: q.offset });
      // Sent lists: one event naming the households shown; received ones: one per household (with what was shared).
      const householdIds = box === 'sent' ? [...new Set(rows.map((r) => r.household_id))] : undefined;
      const entries: AuditEntry[] = [{ action: 'list', entityType: 'referral', fields: ['box', ...Object.keys(f)].sort(), householdIds }];
      if (box === 'received') for (const r of rows) entries.push({ action: 'list', entityType: 'referral', entityId: r.id, householdId: r.household_id, fields: r.shared_groups.includes('identite') ? ['identite'] : [] });
      await this.audit.record(em, actor, entries);
      return new ListResult('referrals', rows.map(toDto), q.offset, total);
    });
  }

  async get(actor: Actor, id: string): Promise<ReferralDetailDto> {
    return this.db.transaction(async (em) => {
      const row = await this.repo.findVisible(em, actor.organisationId, id);
      if (!row) throw new NotFoundError();
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'referral', entityId: id, householdId: row.household_id, fields: [...row.shared_groups] }]);
      return this.detail(em, row);
    });
  }

  async send(actor: Actor, dto: ReferralCreateDto, idempotencyKey: string | undefined): Promise<ReferralDetailDto> {
    const key = idempotencyKey?.trim() || null;
    if (key && key.length > 200) throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'doit faire au plus 200 caractères' }]);
    const rightIds = dto.detectedRightIds ?? [];
    if (rightIds.length === 0 && !dto.purpose?.trim())
      throw new ValidationFailedError([{ field: 'purpose', message: 'précisez l’objet de l’orientation ou liez un droit détecté' }]);
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [dto.householdId], em, { lock: true });
      if (key) {
        const existing = await this.repo.findByIdempotencyKey(em, actor.organisationId, key);
        if (existing) return this.replay(em, actor, existing, dto);
      }
      const recipient = await this.repo.recipient(em, actor.territoryId, dto.recipientOrganisationId);
      if (!recipient || recipient.id === actor.organisationId)
        throw new UnprocessableError('Destinataire invalide', [{ field: 'recipientOrganisationId', message: 'organisation inconnue, hors de votre territoire ou la vôtre' }]);
      if (!recipient.shared_groups)
        throw new UnprocessableError('Aucun type d’orientation n’est défini pour ce type d’organisation : demandez-le à l’administrateur du territoire', [
          { field: 'recipientOrganisationId', message: 'type d’orientation manquant' },
        ]);
      if ((await this.repo.rightsOfHousehold(em, dto.householdId, rightIds)).length !== rightIds.length)
        throw new UnprocessableError('Droit détecté inconnu pour ce foyer', [{ field: 'detectedRightIds', message: 'droit inconnu ou d’un autre foyer' }]);
      const today = parisToday();
      await this.blocks.assertRightsNotBlocked(em, rightIds, today, 'detectedRightIds');
      if (rightIds.length === 0) {
        const until = await this.repo.activeOutreachBlock(em, dto.householdId, today);
        if (until)
          throw new UnprocessableError(`La personne a refusé d’être sollicitée (jusqu’au ${until.split('-').reverse().join('/')}) : orientation impossible (délibération CNIL 2022-101)`, [
            { field: 'householdId', message: 'refus de la personne en cours' },
          ]);
      }
      const override = await this.checkConsent(em, actor, dto);
      const id = await this.repo.insert(em, {
        householdId: dto.householdId,
        territoryId: actor.territoryId,
        senderOrganisationId: actor.organisationId,
        senderUserId: actor.userId,
        recipientOrganisationId: recipient.id,
        purpose: dto.purpose?.trim() || null,
        message: dto.message?.trim() || null,
        sharedGroups: recipient.shared_groups,
        consentOverrideReason: override,
        idempotencyKey: key,
      });
      if (!id) throw new ConflictError('Orientation en cours d’envoi avec la même clé d’idempotence : réessayez');
      await this.repo.linkRights(em, id, rightIds);
      await this.reminders.referralSent(em, { id, recipientOrganisationId: recipient.id });
      await this.repo.addEvent(em, { referralId: id, from: null, to: 'envoyee', actorId: actor.userId, actorOrganisationId: actor.organisationId, comment: dto.message?.trim() || null, payload: override ? { consentOverride: true } : {} });
      const fields = Object.keys(dto).filter((k) => (dto as unknown as Record<string, unknown>)[k] !== undefined).sort();
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'referral', entityId: id, householdId: dto.householdId, fields }]);
      const row = await this.repo.findVisible(em, actor.organisationId, id);
      if (!row) throw new NotFoundError();
      return this.detail(em, row);
    });
  }

  async act(actor: Actor, id: string, action: ReferralAction, body: ReferralActionDto): Promise<ReferralDetailDto> {
    const checked = validateReferralAction(action, body);
    if (!checked.ok) throw new ValidationFailedError(checked.errors);
    const rule = referralActionRule(action);
    return this.db.transaction(async (em) => {
      const row = await this.repo.findVisible(em, actor.organisationId, id, { lock: true });
      if (!row) throw new NotFoundError();
      const party = row.box === 'sent' ? 'sender' : 'recipient';
      if (rule.by !== party)
        throw new ForbiddenError(rule.by === 'recipient' ? 'Action réservée à l’organisation destinataire' : rule.by === 'sender' ? 'Action réservée à l’organisation qui oriente' : 'Action automatique');
      const v = checked.value;
      const from = await this.repo.transition(em, id, rule.from, rule.to, columnsOf(v), FINAL_ACTIONS.has(action));
      if (!from) {
        const current = await this.repo.currentStatus(em, id);
        throw new ConflictError(`Transition impossible depuis l'état « ${LABELS.referralStatus[current]} »`, [], { currentStatus: current });
      }
      const payload: Record<string, unknown> = {};
      if (v.action === 'decline') payload.reason = v.reason;
      if (v.action === 'close') {
        payload.outcome = v.outcome;
        if (v.outcome === 'droit_ouvert') Object.assign(payload, { monthlyAmountCents: v.monthlyAmountCents, startMonth: v.startMonth });
        if (v.outcome === 'droit_refuse') payload.reason = v.reason;
        if (v.outcome !== 'sans_suite') payload.rights = await this.moveLinkedRights(em, actor, row, v);
      }
      await this.reminders.referralMoved(em, id, rule.to);
      await this.repo.addEvent(em, { referralId: id, from, to: rule.to, actorId: actor.userId, actorOrganisationId: actor.organisationId, comment: v.comment, payload });
      const fields = ['status', ...Object.keys(columnsOf(v)), ...(v.comment ? ['comment'] : [])];
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'referral', entityId: id, householdId: row.household_id, fields }]);
      const after = await this.repo.findVisible(em, actor.organisationId, id);
      if (!after) throw new NotFoundError();
      return this.detail(em, after);
    });
  }

  /**
   * The outcome closes the loop on the household's detected rights: each linked right walks the
   * states it skipped up to `accorde` (with the amount) or `refuse`, through the rights' own
   * transitions (history, audit). Rights already final are left as they are and reported.
   */
  private async moveLinkedRights(em: EntityManager, actor: Actor, row: ReferralRow, v: Extract<ValidReferralAction, { action: 'close' }>) {
    const target: DetectedRightStatus = v.outcome === 'droit_ouvert' ? 'accorde' : 'refuse';
    const note = `Orientation clôturée par ${row.recipient_organisation_name} : ${LABELS.referralOutcome[v.outcome]}`;
    const moved: { id: string; from: string; to: string | null }[] = [];
    for (const right of await this.repo.linkedRightIds(em, row.id)) {
      const path = rightTransitionPath(right.status as DetectedRightStatus, target);
      if (!path || path.length === 0) {
        moved.push({ id: right.id, from: right.status, to: null });
        continue;
      }
      for (const step of path) {
        const t: ValidTransition =
          step === 'accorde' && v.outcome === 'droit_ouvert'
            ? { to: 'accorde', grantedMonthlyAmountCents: v.monthlyAmountCents, grantedFrom: `${v.startMonth}-01`, note }
            : step === 'refuse' && v.outcome === 'droit_refuse'
              ? { to: 'refuse', ...refusal(v.reason), note: refusal(v.reason).reason === 'autre' ? `${note} — ${v.reason}` : note }
              : ({ to: step, note } as ValidTransition);
        await this.rightTransitions.apply(em, actor, right.id, t, parisToday());
      }
      moved.push({ id: right.id, from: right.status, to: target });
    }
    return moved;
  }

  private async checkConsent(em: EntityManager, actor: Actor, dto: ReferralCreateDto): Promise<string | null> {
    const state = await this.repo.consentState(em, dto.householdId, dto.recipientOrganisationId);
    const override = dto.consentOverrideReason?.trim() || null;
    if (state === 'valide') {
      if (override) throw new ValidationFailedError([{ field: 'consentOverrideReason', message: 'inutile : le consentement au partage est en vigueur' }]);
      return null;
    }
    if (override) {
      if (actor.role !== 'manager') throw new ForbiddenError('Seul·e un·e responsable peut orienter sans le consentement de la personne');
      if (state === 'retire')
        throw new UnprocessableError('La personne a retiré son consentement au partage avec ce destinataire : orientation impossible', [{ field: 'consent', message: 'consentement retiré' }]);
      return override;
    }
    throw new UnprocessableError(
      state === 'retire'
        ? 'La personne a retiré son consentement au partage avec ce destinataire : orientation impossible'
        : 'Aucun consentement au partage en vigueur pour ce destinataire : enregistrez le consentement de la personne avant d’orienter',
      [{ field: 'consent', message: state === 'retire' ? 'consentement retiré' : 'consentement au partage absent ou expiré' }],
    );
  }

  /** Same key, same sender: the referral already created, unless the request was about something else. */
  private async replay(em: EntityManager, actor: Actor, existing: { id: string; household_id: string; recipient_organisation_id: string }, dto: ReferralCreateDto) {
    if (existing.household_id !== dto.householdId || existing.recipient_organisation_id !== dto.recipientOrganisationId)
      throw new ConflictError('Clé d’idempotence déjà utilisée pour une autre orientation', [{ field: 'Idempotency-Key', message: 'déjà utilisée' }]);
    const row = await this.repo.findVisible(em, actor.organisationId, existing.id);
    if (!row) throw new NotFoundError();
    await this.audit.record(em, actor, [{ action: 'read', entityType: 'referral', entityId: row.id, householdId: row.household_id, fields: [...row.shared_groups] }]);
    return this.detail(em, row);
  }

  private async detail(em: EntityManager, row: ReferralRow): Promise<ReferralDetailDto> {
    const events = await this.repo.events(em, row.id);
    return {
      ...toDto(row),
      message: row.message,
      consentOverrideReason: row.box === 'sent' ? row.consent_override_reason : null,
      events: events.map((e) => ({
        id: e.id,
        from: e.from_status,
        to: e.to_status,
        at: e.at,
        actorName: e.actor_name,
        actorOrganisationName: e.actor_organisation_name,
        comment: e.comment,
        payload: e.payload,
      })),
      allowedActions: allowedReferralActions(row.status, row.box === 'sent' ? 'sender' : 'recipient'),
      shared: await loadSharedData(em, this.repo, row),
    };
  }
}

function parseBox(value: string | undefined): Box | undefined {
  if (value === undefined) return undefined;
  if (value === 'sent' || value === 'received') return value;
  throw new ValidationFailedError([{ field: 'box', message: 'doit valoir sent ou received' }]);
}

function refusal(reason: string): { reason: RefusalReason } {
  return { reason: (REFUSAL_REASONS as readonly string[]).includes(reason) ? (reason as RefusalReason) : 'autre' };
}

function columnsOf(v: ValidReferralAction) {
  if (v.action === 'decline') return { declineReason: v.reason };
  if (v.action !== 'close') return {};
  if (v.outcome === 'droit_ouvert') return { outcome: v.outcome, outcomeMonthlyAmountCents: v.monthlyAmountCents, outcomeStartMonth: v.startMonth };
  if (v.outcome === 'droit_refuse') return { outcome: v.outcome, outcomeReason: v.reason };
  return { outcome: v.outcome };
}

/** The applicant's name shows on the recipient's side only when the referral shares the identity. */
export function toDto(r: ReferralRow): ReferralDto {
  const showName = r.box === 'sent' || r.shared_groups.includes('identite');
  return {
    id: r.id,
    box: r.box,
    householdId: r.household_id,
    householdReference: r.household_reference,
    applicantName: showName && r.app_first ? `${r.app_first} ${String(r.app_last).toUpperCase()}` : null,
    senderOrganisationId: r.sender_organisation_id,
    senderOrganisationName: r.sender_organisation_name,
    senderUserName: r.sender_user_name,
    recipientOrganisationId: r.recipient_organisation_id,
    recipientOrganisationName: r.recipient_organisation_name,
    status: r.status,
    purpose: r.purpose,
    benefits: r.benefits,
    sharedGroups: r.shared_groups,
    consentOverridden: r.consent_override_reason !== null,
    outcome: r.outcome,
    outcomeMonthlyAmountCents: r.outcome_monthly_amount_cents,
    outcomeStartMonth: r.outcome_start_month,
    outcomeReason: r.outcome_reason,
    declineReason: r.decline_reason,
    overdue: r.overdue,
    statusChangedAt: r.status_changed_at,
    createdAt: r.created_at,
  };
}
