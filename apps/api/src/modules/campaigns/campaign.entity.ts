import { CAMPAIGN_ASSIGNMENTS, CAMPAIGN_STATUSES, type CampaignAssignment, type CampaignStatus } from '@recours/domain';
import type { CampaignFilters } from '@recours/outreach-sql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/db/base.entity';
import { Household } from '../households/entities/household.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

@Entity('campaign')
@Index(['organisationId', 'createdAt'])
export class Campaign extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters!: CampaignFilters;

  @Column({ type: 'enum', enum: CAMPAIGN_ASSIGNMENTS, enumName: 'campaign_assignment', default: 'referent' })
  assignment!: CampaignAssignment;

  /** The chosen worker (assignment `user`), or the fallback for households without a referent. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<User> | null;

  @Column({ type: 'enum', enum: CAMPAIGN_STATUSES, enumName: 'campaign_status', default: 'brouillon' })
  status!: CampaignStatus;

  /** The date its contact tasks are due: it drives their reminders (set when launched, default launch + 14 days). */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'integer', nullable: true })
  targetCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  excludedRefusalCount!: number | null;

  @Column({ type: 'integer', default: 0 })
  tasksCreated!: number;

  /** Percentage of the cohort held back as a control group (not contacted), 0 = none. */
  @Column({ type: 'smallint', default: 0 })
  controlShare!: number;

  /** Seed of the control group's draw (set at creation), so the draw can be replayed. */
  @Column({ type: 'integer', nullable: true })
  controlSeed!: number | null;

  /** Households held back at launch. */
  @Column({ type: 'integer', nullable: true })
  controlCount!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  launchedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<User> | null;
}

/** One targeted household of a launched campaign: the rights it was targeted for and its task (funnel). */
@Entity('campaign_household')
@Index(['householdId'])
export class CampaignHousehold {
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @PrimaryColumn({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<Campaign>;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  detectedRightIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  /** Held back in the control group: not contacted, no task. */
  @Column({ type: 'boolean', default: false })
  control!: boolean;
}
