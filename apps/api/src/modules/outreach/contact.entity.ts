import { CONTACT_CHANNELS, CONTACT_OUTCOMES, type ContactChannel, type ContactOutcome } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/db/base.entity';
import { Household } from '../households/entities/household.entity';
import { User } from '../users/user.entity';
import { DetectedRight } from '../rights/entities/detected-right.entity';

/** One outreach attempt (append-only log). */
@Entity('contact')
@Index(['householdId', 'occurredAt'])
@Index(['organisationId', 'occurredAt'])
export class Contact extends BaseEntity {
  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User> | null;

  @Column({ type: 'enum', enum: CONTACT_CHANNELS, enumName: 'contact_channel' })
  channel!: ContactChannel;

  @Column({ type: 'enum', enum: CONTACT_OUTCOMES, enumName: 'contact_outcome' })
  outcome!: ContactOutcome;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'date', nullable: true })
  nextAttemptOn!: string | null;

  /** The person called, wrote or came in on their own: not outreach, allowed under a refusal. */
  @Column({ type: 'boolean', default: false })
  inbound!: boolean;
}

/** Rights a contact was about. */
@Entity('contact_right')
@Index(['detectedRightId'])
export class ContactRight {
  @PrimaryColumn({ type: 'uuid' })
  contactId!: string;

  @PrimaryColumn({ type: 'uuid' })
  detectedRightId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Relation<Contact>;

  @ManyToOne(() => DetectedRight, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'detected_right_id' })
  detectedRight?: Relation<DetectedRight>;
}
