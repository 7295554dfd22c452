import { USER_ROLES, type UserRole } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/db/base.entity';
import { Organisation } from '../organisations/organisation.entity';

@Entity('app_user')
export class User extends BaseEntity {
  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'enum', enum: USER_ROLES, enumName: 'user_role' })
  role!: UserRole;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * argon2id encoded hash (parameters included). Never serialised. Null until the person chooses a
   * password through their link (a new account, or after a reset): no password signs in.
   */
  @Column({ type: 'varchar', length: 255, select: false, nullable: true })
  passwordHash!: string | null;

  /** Base32 TOTP secret of the second factor once confirmed (null: none). Never serialised. */
  @Column({ type: 'varchar', length: 64, select: false, nullable: true })
  totpSecret!: string | null;

  /** A secret shown for enrolment, not yet confirmed by a code. */
  @Column({ type: 'varchar', length: 64, select: false, nullable: true })
  totpPendingSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** Time step of the last code accepted: a code is never accepted twice (nor an older one). */
  @Column({ type: 'bigint', select: false, nullable: true })
  totpLastStep!: string | null;
}
