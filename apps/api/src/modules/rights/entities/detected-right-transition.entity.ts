import { DETECTED_RIGHT_STATUSES, type DetectedRightStatus } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity';
import { DetectedRight } from './detected-right.entity';

/** Dated history of a detected right: who moved it from which state to which, and why. */
@Entity('detected_right_transition')
@Index(['detectedRightId', 'at'])
export class DetectedRightTransition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  detectedRightId!: string;

  @ManyToOne(() => DetectedRight, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'detected_right_id' })
  detectedRight?: Relation<DetectedRight>;

  /** Null for the creation of the right. */
  @Column({ type: 'enum', enum: DETECTED_RIGHT_STATUSES, enumName: 'detected_right_status', nullable: true })
  fromStatus!: DetectedRightStatus | null;

  @Column({ type: 'enum', enum: DETECTED_RIGHT_STATUSES, enumName: 'detected_right_status' })
  toStatus!: DetectedRightStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  /** clock_timestamp(): the steps a referral's closing records in one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;
}
