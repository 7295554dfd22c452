import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SessionStage } from '../../common/auth/actor';
import { User } from '../users/user.entity';

@Entity('session')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SHA-256 of the cookie token: a database leak does not hand out live sessions. */
  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Idle expiry is `last_seen_at + SESSION_IDLE_MINUTES`. */
  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute expiry, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /**
   * `full` once every factor is checked; `code`: password right, the TOTP code still to give;
   * `enrolment`: an admin without a second factor, who must enrol before anything else.
   */
  @Column({ type: 'varchar', length: 10, default: 'full' })
  stage!: SessionStage;
}
