import { TASK_PRIORITIES, TASK_STATUSES, type TaskPriority, type TaskStatus } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/db/base.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { Household } from '../households/entities/household.entity';
import { Contact } from '../outreach/contact.entity';
import { DetectedRight } from '../rights/entities/detected-right.entity';
import { User } from '../users/user.entity';

@Entity('task')
// Created in SQL (migration 1796540000000): "Ma journée"'s open tasks of an assignee by due date (partial).
@Index('task_my_day_idx', { synchronize: false })
@Index(['assigneeId', 'status', 'dueOn'])
@Index(['organisationId', 'status', 'dueOn'])
@Index(['householdId', 'status'])
@Index(['campaignId'])
export class Task extends BaseEntity {
  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'uuid', nullable: true })
  detectedRightId!: string | null;

  @ManyToOne(() => DetectedRight, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'detected_right_id' })
  detectedRight?: Relation<DetectedRight> | null;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'contact_id' })
  contact?: Relation<Contact> | null;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<Campaign> | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<User> | null;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'enum', enum: TASK_PRIORITIES, enumName: 'task_priority', default: 'normale' })
  priority!: TaskPriority;

  @Column({ type: 'enum', enum: TASK_STATUSES, enumName: 'task_status', default: 'a_faire' })
  status!: TaskStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<User> | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
