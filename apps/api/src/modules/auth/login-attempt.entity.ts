import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per account and per IP over a sliding window. */
@Entity('login_attempt')
@Index(['email', 'attemptedAt'])
@Index(['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised e-mail as typed (may match no account). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
