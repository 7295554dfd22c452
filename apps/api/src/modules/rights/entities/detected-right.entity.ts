import {
  AMOUNT_PERIODS,
  CONFIDENCES,
  DETECTABLE_BENEFITS,
  DETECTED_RIGHT_STATUSES,
  DISMISS_REASONS,
  OPEN_RIGHT_STATUSES,
  REFUSAL_REASONS,
  RIGHT_SOURCES,
  type AmountPeriod,
  type Confidence,
  type DetectableBenefit,
  type DetectedRightStatus,
  type DismissReason,
  type RefusalReason,
  type RightSource,
} from '@recours/domain';
import type { ExplanationStep, TextStep } from '@recours/rights';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Household } from '../../households/entities/household.entity';

/**
 * One stored step of an explanation: the engine's step as data (template key, values, legal
 * reference: libs/rights `ExplanationStep`), or a sentence (the summary, warnings, steps entered by
 * hand or stored before explanations became data). The API writes the French sentence when read.
 */
export type ExplanationStepSnapshot = ExplanationStep | TextStep;

const OPEN_SQL = OPEN_RIGHT_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * A benefit a household may be missing. At most one *open* right per household and benefit: the
 * worker's detection upserts on this partial unique index (`ON CONFLICT (household_id, benefit)
 * WHERE status IN (…open…)`). organisation_id and territory_id are copied from the household so
 * lists are scoped without a join.
 */
@Entity('detected_right')
@Index('detected_right_open_uq', ['householdId', 'benefit'], { unique: true, where: `"status" IN (${OPEN_SQL})` })
@Index(['organisationId', 'status', 'estimatedAmountCents'])
@Index(['organisationId', 'detectedAt'])
// By annual amount (expression indexes, created in SQL by migration 1796406000000).
@Index('detected_right_annual_idx', { synchronize: false })
@Index('detected_right_benefit_annual_idx', { synchronize: false })
@Index('detected_right_cohort_idx', { synchronize: false }) // (organisation_id, status) INCLUDE (…): campaign preview
@Check('detected_right_amounts_positive', '"estimated_amount_cents" >= 0 AND ("received_amount_cents" IS NULL OR "received_amount_cents" >= 0) AND ("granted_monthly_amount_cents" IS NULL OR "granted_monthly_amount_cents" >= 0)')
export class DetectedRight extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'enum', enum: DETECTABLE_BENEFITS, enumName: 'detectable_benefit' })
  benefit!: DetectableBenefit;

  @Column({ type: 'enum', enum: DETECTED_RIGHT_STATUSES, enumName: 'detected_right_status', default: 'detecte' })
  status!: DetectedRightStatus;

  /** Monthly, or annual for the chèque énergie (see amountPeriod). */
  @Column({ type: 'integer' })
  estimatedAmountCents!: number;

  @Column({ type: 'enum', enum: AMOUNT_PERIODS, enumName: 'amount_period', default: 'mensuel' })
  amountPeriod!: AmountPeriod;

  /** What the household already receives for this benefit (received well below what is due). */
  @Column({ type: 'integer', nullable: true })
  receivedAmountCents!: number | null;

  /** Month evaluated, `YYYY-MM`. */
  @Column({ type: 'char', length: 7, nullable: true })
  evaluatedPeriod!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  explanation!: ExplanationStepSnapshot[];

  @Column({ type: 'text', nullable: true })
  ruleVersion!: string | null;

  /** Dated parameters the engine used (name → effective date). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  parameterDates!: Record<string, unknown>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  missingInputs!: string[];

  @Column({ type: 'enum', enum: CONFIDENCES, enumName: 'confidence', default: 'moyenne' })
  confidence!: Confidence;

  @Column({ type: 'enum', enum: RIGHT_SOURCES, enumName: 'right_source', default: 'moteur' })
  source!: RightSource;

  @Column({ type: 'enum', enum: DISMISS_REASONS, enumName: 'dismiss_reason', nullable: true })
  dismissReason!: DismissReason | null;

  @Column({ type: 'enum', enum: REFUSAL_REASONS, enumName: 'refusal_reason', nullable: true })
  refusalReason!: RefusalReason | null;

  @Column({ type: 'integer', nullable: true })
  grantedMonthlyAmountCents!: number | null;

  @Column({ type: 'date', nullable: true })
  grantedFrom!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  detectedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastEvaluatedAt!: Date;
}
