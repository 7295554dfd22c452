import { DETECTABLE_BENEFITS, type DetectableBenefit } from '@recours/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Household } from '../../households/entities/household.entity';
import { User } from '../../users/user.entity';
import { DetectedRight } from './detected-right.entity';

/**
 * The person declined: no task, contact plan or campaign may target this household and benefit
 * until `blocked_until` (CNIL deliberation 2022-101). Written by the `refus_personne` transition.
 */
@Entity('outreach_block')
@Index(['householdId', 'benefit', 'blockedUntil'])
export class OutreachBlock {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'enum', enum: DETECTABLE_BENEFITS, enumName: 'detectable_benefit' })
  benefit!: DetectableBenefit;

  /** First day outreach is allowed again. */
  @Column({ type: 'date' })
  blockedUntil!: string;

  @Column({ type: 'uuid', nullable: true })
  rightId!: string | null;

  @ManyToOne(() => DetectedRight, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'right_id' })
  right?: Relation<DetectedRight> | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
