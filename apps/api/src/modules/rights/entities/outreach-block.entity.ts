import { DETECTABLE_BENEFITS, type DetectableBenefit } from '@recours/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Household } from '../../households/entities/household.entity';
import { Contact } from '../../outreach/contact.entity';
import { User } from '../../users/user.entity';
import { DetectedRight } from './detected-right.entity';

/**
 * The person declined: no task, outbound contact, next attempt or campaign may target any member of
 * this household, and no right of this benefit may be added by hand, until `blocked_until` (CNIL
 * deliberation 2022-101). Written by the `refus_personne` transition, or brought back from a
 * refused_identity when a household gets a member who refused before. `benefit` is the refused one.
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

  /** The person asked to be contacted again (an inbound contact): the block ends that day. */
  @Column({ type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  liftedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lifted_by' })
  lifter?: Relation<User> | null;

  /** The inbound contact in which the person asked for it. */
  @Column({ type: 'uuid', nullable: true })
  liftContactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lift_contact_id' })
  liftContact?: Relation<Contact> | null;

  /** The person's own words, as recorded by the worker. */
  @Column({ type: 'text', nullable: true })
  liftWords!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
