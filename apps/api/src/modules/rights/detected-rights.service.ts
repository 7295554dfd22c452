import { Injectable } from '@nestjs/common';
import {
  amountPeriodOf,
  CONFIDENCES,
  DETECTABLE_BENEFITS,
  DETECTED_RIGHT_STATUSES,
  validateTransition,
  type DetectedRightStatus,
} from '@recours/domain';
import { SqlWhere } from '@recours/outreach-sql';
import { readableStep } from '@recours/rights';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, searchTerms, zEnum, zIdOrIds, zSearch, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { parisToday } from '../households/household-rules';
import type { ExplanationStepSnapshot } from './entities/detected-right.entity';
import type { DetectedRightCreateDto, DetectedRightDetailDto, DetectedRightDto, TransitionInputDto } from './dto/detected-right.dto';
import { allowedTransitionDtos, rightSelect, toRightDto } from './right-rows';
import { RightTransitionsService } from './right-transitions.service';
import { HOUSEHOLD_MATCHES_TERM } from '../households/household-search';

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([zEnum(values).transform((v) => [v]), z.array(zEnum(values)).min(1).max(values.length)], {
    errorMap: () => ({ message: `doit valoir l'une des valeurs (ou une liste) : ${values.join(', ')}` }),
  });

const filter = z
  .object({
    id: zIdOrIds.optional(),
    q: zSearch.optional(),
    householdId: zUuid.optional(),
    benefit: oneOrMany(DETECTABLE_BENEFITS).optional(),
    status: oneOrMany(DETECTED_RIGHT_STATUSES).optional(),
    confidence: oneOrMany(CONFIDENCES).optional(),
    referentId: zUuid.optional(),
    communeInsee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'doit être un code commune INSEE').optional(),
    minAmountCents: z.number({ invalid_type_error: 'doit être un montant entier en centimes' }).int('doit être un montant entier en centimes').min(0).optional(),
  })
  .strict();
export type DetectedRightFilter = z.infer<typeof filter>;

const ANNUAL = "(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)";

export const DETECTED_RIGHT_LIST: ListSpec<DetectedRightFilter> = {
  sortable: {
    estimatedAmountCents: 'r.estimated_amount_cents',
    annualAmountCents: ANNUAL,
    detectedAt: 'r.detected_at',
    statusChangedAt: 'r.status_changed_at',
    updatedAt: 'r.updated_at',
    benefit: 'r.benefit',
    status: 'r.status',
    confidence: 'r.confidence',
    householdReference: 'h.reference',
  },
  defaultSort: ['annualAmountCents', 'DESC'],
  filter,
};

@Injectable()
export class DetectedRightsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly transitions: RightTransitionsService,
  ) {}

  async list(actor: Actor, q: ListQuery<DetectedRightFilter>): Promise<ListResult<DetectedRightDto>> {
    const scope = this.access.householdScope(actor);
    const where = new SqlWhere().add(`r.${scope.column} = ?`, scope.value);
    const f = q.filter;
    if (f.id) where.add('r.id = ANY(?::uuid[])', f.id);
    if (f.householdId) where.add('r.household_id = ?', f.householdId);
    if (f.benefit) where.add('r.benefit = ANY(?::detectable_benefit[])', f.benefit);
    if (f.status) where.add('r.status = ANY(?::detected_right_status[])', f.status);
    if (f.confidence) where.add('r.confidence = ANY(?::confidence[])', f.confidence);
    if (f.referentId) where.add('h.referent_id = ?', f.referentId);
    if (f.communeInsee) where.add('h.commune_insee = ?', f.communeInsee);
    if (f.minAmountCents !== undefined) where.add(`${ANNUAL} >= ?`, f.minAmountCents);
    // Every word must match the reference or the name of one member.
    for (const term of searchTerms(f.q)) where.add(HOUSEHOLD_MATCHES_TERM, term);
    const whereSql = where.sql;
    return this.db.transaction(async (em) => {
      const [{ total }] = await em.query(
        `SELECT count(*)::int AS total FROM detected_right r JOIN household h ON h.id = r.household_id WHERE ${whereSql}`,
        where.params,
      );
      // `today` (for the refusal window) is only used by the row query, so it goes last.
      const rows: Record<string, unknown>[] = await em.query(
        `SELECT ${rightSelect(where.nextPlaceholder())} WHERE ${whereSql}
         ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, r.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
        [...where.params, parisToday()],
      );
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'detected_right', fields: Object.keys(f).sort() }]);
      return new ListResult('detected-rights', rows.map(toRightDto), q.offset, total);
    });
  }

  async get(actor: Actor, id: string): Promise<DetectedRightDetailDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('detected_right', actor, [id], em);
      const detail = await this.loadDetail(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'detected_right', entityId: id, householdId: detail.householdId }]);
      return detail;
    });
  }

  /** A right entered by hand or reported by a partner; one open right per household and benefit. */
  async create(actor: Actor, dto: DetectedRightCreateDto): Promise<DetectedRightDetailDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [dto.householdId], em, { lock: true });
      const [open] = await em.query(
        `SELECT id, status FROM detected_right WHERE household_id = $1 AND benefit = $2 AND status IN ('detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee')`,
        [dto.householdId, dto.benefit],
      );
      if (open) {
        throw new ConflictError('Un droit ouvert existe déjà pour ce foyer et cette prestation', [{ field: 'benefit', message: 'droit déjà suivi' }], {
          existingId: open.id,
        });
      }
      const [row] = await em.query(
        `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, estimated_amount_cents, amount_period,
           received_amount_cents, evaluated_period, explanation, missing_inputs, confidence, source)
         SELECT h.id, h.organisation_id, h.territory_id, $2, $3, $4, $5, $6, $7::jsonb, $8::text[], $9, $10 FROM household h WHERE h.id = $1
         RETURNING id`,
        [
          dto.householdId,
          dto.benefit,
          dto.estimatedAmountCents,
          amountPeriodOf(dto.benefit),
          dto.receivedAmountCents ?? null,
          dto.evaluatedPeriod ?? parisToday().slice(0, 7),
          JSON.stringify(dto.explanation ?? []),
          dto.missingInputs ?? [],
          dto.confidence ?? 'moyenne',
          dto.source ?? 'saisie',
        ],
      );
      await em.query(
        `INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, note, payload)
         VALUES ($1, NULL, 'detecte', $2, $3, $4::jsonb)`,
        [row.id, actor.userId, dto.note ?? null, JSON.stringify({ source: dto.source ?? 'saisie' })],
      );
      const fields = Object.keys(dto).filter((k) => (dto as unknown as Record<string, unknown>)[k] !== undefined).sort();
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'detected_right', entityId: row.id, householdId: dto.householdId, fields }]);
      return this.loadDetail(em, row.id);
    });
  }

  async transition(actor: Actor, id: string, dto: TransitionInputDto): Promise<DetectedRightDetailDto> {
    const checked = validateTransition(dto.to, dto);
    if (!checked.ok) throw new ValidationFailedError(checked.errors);
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('detected_right', actor, [id], em);
      await this.transitions.apply(em, actor, id, checked.value, parisToday());
      return this.loadDetail(em, id);
    });
  }

  async loadDetail(em: EntityManager, id: string): Promise<DetectedRightDetailDto> {
    const [row] = await em.query(`SELECT ${rightSelect('$2')} WHERE r.id = $1`, [id, parisToday()]);
    if (!row) throw new NotFoundError();
    const transitions: Record<string, unknown>[] = await em.query(
      `SELECT t.*, u.display_name AS actor_name FROM detected_right_transition t LEFT JOIN app_user u ON u.id = t.actor_id
       WHERE t.detected_right_id = $1 ORDER BY t.at, t.id`,
      [id],
    );
    return {
      ...toRightDto(row),
      explanation: (row.explanation as ExplanationStepSnapshot[]).map(readableStep),
      parameterDates: row.parameter_dates,
      transitions: transitions.map((t) => ({
        id: t.id as string,
        from: (t.from_status as string | null) ?? null,
        to: t.to_status as string,
        at: t.at as Date,
        actorId: (t.actor_id as string | null) ?? null,
        actorName: (t.actor_name as string | null) ?? null,
        reason: (t.reason as string | null) ?? null,
        note: (t.note as string | null) ?? null,
        payload: t.payload as Record<string, unknown>,
      })),
      allowedTransitions: allowedTransitionDtos(row.status as DetectedRightStatus),
    };
  }
}
