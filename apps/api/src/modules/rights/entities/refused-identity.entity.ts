import { DETECTABLE_BENEFITS, type DetectableBenefit } from '@recours/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/**
 * What remains of a refusal once its household is deleted: a keyed hash (HMAC, secret from
 * REFUSAL_IDENTITY_SECRET) of one member's normalised last name, first name and birth date, the
 * refused benefit and the block's end. Brought back as an outreach block when a household of the
 * same organisation gets a member with that identity; deleted at term (libs/outreach-sql refusal-identity.ts).
 */
@Entity('refused_identity')
@Unique(['organisationId', 'identityHash', 'benefit'])
@Index(['blockedUntil'])
export class RefusedIdentity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  /** HMAC-SHA256, hex. */
  @Column({ type: 'char', length: 64 })
  identityHash!: string;

  @Column({ type: 'enum', enum: DETECTABLE_BENEFITS, enumName: 'detectable_benefit' })
  benefit!: DetectableBenefit;

  /** First day outreach is allowed again. */
  @Column({ type: 'date' })
  blockedUntil!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
