import { Injectable } from '@nestjs/common';
import {
  amountPeriodOf,
  CONFIDENCES,
  DETECTABLE_BENEFITS,
  DETECTED_RIGHT_STATUSES,
  LABELS,
  parisToday,
} from '@recours/domain';
import { readableStep } from '@recours/rights';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { ConflictError, NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, zDate, zEnum, zIdOrIds, zSearch, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import type { ExplanationStepSnapshot } from './entities/detected-right.entity';
import type { DetectedRightCreateDto, DetectedRightDetailDto, DetectedRightDto, TransitionInput } from './dto/detected-right.dto';
import { labelOf, type ExportColumn } from '../exports/export-cells';
import type { ExportQuery } from '../exports/export-query';
import { ExportsService, type ExportFile } from '../exports/exports.service';
import { DetectedRightsRepository, RIGHT_ANNUAL_SQL, toRightDto, toTransitionDto, type RightExportRow } from './detected-rights.repository';
import { OutreachBlocksService } from './outreach-blocks.service';
import { allowedTransitionDtos, applicantName } from './right-rows';
import { RightTransitionsService } from './right-transitions.service';

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([zEnum(values).transform((v) => [v]), z.array(zEnum(values)).min(1).max(values.length)], {
    error: `doit valoir l'une des valeurs (ou une liste) : ${values.join(', ')}`,
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
    minAmountCents: z
      .number({ error: 'doit être un montant entier en centimes' })
      .int('doit être un montant entier en centimes')
      .min(0, 'doit être positif ou nul')
      .max(1_000_000_000, 'montant invraisemblable')
      .optional(),
    // Between two Paris dates (included): the lists behind the dashboard's figures of a period.
    detectedFrom: zDate.optional(),
    detectedTo: zDate.optional(),
    statusChangedFrom: zDate.optional(),
    statusChangedTo: zDate.optional(),
  })
  .strict();
export type DetectedRightFilter = z.infer<typeof filter>;

export const DETECTED_RIGHT_LIST: ListSpec<DetectedRightFilter> = {
  sortable: {
    estimatedAmountCents: 'r.estimated_amount_cents',
    annualAmountCents: RIGHT_ANNUAL_SQL,
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

const RIGHT_COLUMNS: readonly ExportColumn<RightExportRow>[] = [
  { header: 'Foyer', value: (r) => r.household_reference, width: 16 },
  { header: 'Demandeur·se', value: (r) => applicantName(r.app_first, r.app_last), width: 24 },
  { header: 'Commune', value: (r) => r.commune_name, width: 20 },
  { header: 'Référent·e', value: (r) => r.referent_name, width: 22 },
  { header: 'Prestation', value: (r) => labelOf(LABELS.detectableBenefit, r.benefit), width: 26 },
  { header: 'Statut', value: (r) => labelOf(LABELS.detectedRightStatus, r.status), width: 20 },
  { header: 'Fiabilité', value: (r) => labelOf(LABELS.confidence, r.confidence) },
  { header: 'Origine', value: (r) => labelOf(LABELS.rightSource, r.source) },
  { header: 'Montant estimé (€)', kind: 'money', value: (r) => r.estimated_amount_cents },
  { header: 'Période du montant', value: (r) => labelOf(LABELS.amountPeriod, r.amount_period) },
  { header: 'Montant annuel estimé (€)', kind: 'money', value: (r) => (r.amount_period === 'annuel' ? r.estimated_amount_cents : r.estimated_amount_cents * 12) },
  { header: 'Montant déjà perçu (€)', kind: 'money', value: (r) => r.received_amount_cents },
  { header: 'Montant mensuel accordé (€)', kind: 'money', value: (r) => r.granted_monthly_amount_cents },
  { header: 'Date d’effet de l’accord', kind: 'date', value: (r) => r.granted_from },
  { header: 'Motif d’écart', value: (r) => labelOf(LABELS.dismissReason, r.dismiss_reason) },
  { header: 'Motif de refus', value: (r) => labelOf(LABELS.refusalReason, r.refusal_reason) },
  { header: 'Détecté le', kind: 'datetime', value: (r) => r.detected_at, width: 18 },
  { header: 'Statut changé le', kind: 'datetime', value: (r) => r.status_changed_at, width: 18 },
];

@Injectable()
export class DetectedRightsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly transitions: RightTransitionsService,
    private readonly repo: DetectedRightsRepository,
    private readonly blocks: OutreachBlocksService,
    private readonly exports: ExportsService,
  ) {}

  /** Every right of the list (same filters and scope) as CSV or XLSX; one `export` event names the households. */
  async export(actor: Actor, { format, q }: ExportQuery<DetectedRightFilter>): Promise<ExportFile> {
    const select = await this.repo.exportSelect(this.db.manager, caseworkScope(actor), q);
    return this.exports.file(actor, { format, name: 'droits-detectes', title: 'Droits détectés', entityType: 'detected_right', fields: Object.keys(q.filter), select, columns: RIGHT_COLUMNS });
  }

  async list(actor: Actor, q: ListQuery<DetectedRightFilter>): Promise<ListResult<DetectedRightDto>> {
    const scope = caseworkScope(actor);
    // No transaction: the rows and their audit event are one statement (AuditService.selectListed).
    const em = this.db.manager;
    const fields = Object.keys(q.filter);
    const { total, rows } = await this.repo.list(em, scope, q, parisToday(), (sql, params, opts) =>
      this.audit.selectListed(em, actor, { entityType: 'detected_right', fields, ...opts }, { sql, params, householdColumn: 'household_id' }),
    );
    return new ListResult('detected-rights', rows.map(toRightDto), q.offset, total);
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
      await this.blocks.assertBenefitNotRefused(em, dto.householdId, dto.benefit, parisToday(), 'benefit');
      const open = await this.repo.openRight(em, dto.householdId, dto.benefit);
      if (open) {
        throw new ConflictError('Un droit ouvert existe déjà pour ce foyer et cette prestation', [{ field: 'benefit', message: 'droit déjà suivi' }], {
          existingId: open.id,
        });
      }
      const id = await this.repo.insert(em, {
        householdId: dto.householdId,
        benefit: dto.benefit,
        estimatedAmountCents: dto.estimatedAmountCents,
        amountPeriod: amountPeriodOf(dto.benefit),
        receivedAmountCents: dto.receivedAmountCents ?? null,
        evaluatedPeriod: dto.evaluatedPeriod ?? parisToday().slice(0, 7),
        explanation: dto.explanation ?? [],
        missingInputs: dto.missingInputs ?? [],
        confidence: dto.confidence ?? 'moyenne',
        source: dto.source ?? 'saisie',
      });
      await this.repo.insertTransition(em, { rightId: id, from: null, to: 'detecte', actorId: actor.userId, reason: null, note: dto.note ?? null, payload: { source: dto.source ?? 'saisie' } });
      const fields = Object.keys(dto).filter((k) => (dto as unknown as Record<string, unknown>)[k] !== undefined).sort();
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'detected_right', entityId: id, householdId: dto.householdId, fields }]);
      return this.loadDetail(em, id);
    });
  }

  async transition(actor: Actor, id: string, dto: TransitionInput): Promise<DetectedRightDetailDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('detected_right', actor, [id], em);
      await this.transitions.apply(em, actor, id, dto, parisToday());
      return this.loadDetail(em, id);
    });
  }

  async loadDetail(em: EntityManager, id: string): Promise<DetectedRightDetailDto> {
    const row = await this.repo.find(em, id, parisToday());
    if (!row) throw new NotFoundError();
    const history = await this.repo.history(em, id);
    return {
      ...toRightDto(row),
      explanation: (row.explanation as ExplanationStepSnapshot[]).map(readableStep),
      parameterDates: row.parameter_dates,
      transitions: history.map(toTransitionDto),
      allowedTransitions: allowedTransitionDtos(row.status),
    };
  }
}
