import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from './user.entity';

export const PASSWORD_LINK_PURPOSES = ['invitation', 'reset'] as const;
export type PasswordLinkPurpose = (typeof PASSWORD_LINK_PURPOSES)[number];

/**
 * A single-use, expiring link by which a person chooses their own password (a new account, or a
 * reset asked by an administrator). Only the token's SHA-256 is stored: a database leak hands out no
 * live link. `used_at` is set once, by a conditional UPDATE, when the password is chosen.
 */
@Entity('password_link')
export class PasswordLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'enum', enum: PASSWORD_LINK_PURPOSES, enumName: 'password_link_purpose' })
  purpose!: PasswordLinkPurpose;

  /** The administrator who asked for it (kept as null when that account goes). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** PASSWORD_LINK_HOURS after creation. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the password was chosen, or when a newer link, a reset or a deactivation replaced it. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
