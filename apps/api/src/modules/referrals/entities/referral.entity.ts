import {
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  SHARED_FIELD_GROUPS,
  type ReferralOutcome,
  type ReferralStatus,
  type SharedFieldGroup,
} from '@recours/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Household } from '../../households/entities/household.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { DetectedRight } from '../../rights/entities/detected-right.entity';
import { User } from '../../users/user.entity';

/**
 * A household referred by one organisation to another. shared_groups is copied from the referral
 * type when sent, so a later edit of the type never widens what an existing referral shows.
 */
@Entity('referral')
@Index(['recipientOrganisationId', 'status', 'statusChangedAt'])
@Index(['senderOrganisationId', 'status', 'statusChangedAt'])
@Index(['householdId'])
@Index('referral_idempotency_uq', ['senderOrganisationId', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
@Check('referral_outcome_amount_positive', '"outcome_monthly_amount_cents" IS NULL OR "outcome_monthly_amount_cents" >= 0')
export class Referral extends BaseEntity {
  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'uuid' })
  senderOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_organisation_id' })
  senderOrganisation?: Relation<Organisation>;

  @Column({ type: 'uuid', nullable: true })
  senderUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sender_user_id' })
  senderUser?: Relation<User> | null;

  @Column({ type: 'uuid' })
  recipientOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_organisation_id' })
  recipientOrganisation?: Relation<Organisation>;

  @Column({ type: 'enum', enum: REFERRAL_STATUSES, enumName: 'referral_status', default: 'envoyee' })
  status!: ReferralStatus;

  /** Free text purpose when no detected right is linked, or a title. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  purpose!: string | null;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'enum', enum: SHARED_FIELD_GROUPS, enumName: 'shared_field_group', array: true, default: '{}' })
  sharedGroups!: SharedFieldGroup[];

  /** A manager's written reason for sending without the sharing consent (audited). */
  @Column({ type: 'text', nullable: true })
  consentOverrideReason!: string | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'enum', enum: REFERRAL_OUTCOMES, enumName: 'referral_outcome', nullable: true })
  outcome!: ReferralOutcome | null;

  @Column({ type: 'integer', nullable: true })
  outcomeMonthlyAmountCents!: number | null;

  /** `YYYY-MM`. */
  @Column({ type: 'char', length: 7, nullable: true })
  outcomeStartMonth!: string | null;

  @Column({ type: 'text', nullable: true })
  outcomeReason!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt!: Date;

  /** Set on every final state: the recipient's reading window ends a grace period later. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;
}

@Entity('referral_right')
@Index(['detectedRightId'])
export class ReferralRight {
  @PrimaryColumn({ type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @PrimaryColumn({ type: 'uuid' })
  detectedRightId!: string;

  @ManyToOne(() => DetectedRight, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'detected_right_id' })
  detectedRight?: Relation<DetectedRight>;
}

/** Timeline of a referral: every transition and every dated comment, with who and which organisation. */
@Entity('referral_event')
@Index(['referralId', 'at'])
export class ReferralEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  /** Null for the sending. */
  @Column({ type: 'enum', enum: REFERRAL_STATUSES, enumName: 'referral_status', nullable: true })
  fromStatus!: ReferralStatus | null;

  @Column({ type: 'enum', enum: REFERRAL_STATUSES, enumName: 'referral_status' })
  toStatus!: ReferralStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  @Column({ type: 'uuid' })
  actorOrganisationId!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;
}
