import { ORGANISATION_KINDS, SHARED_FIELD_GROUPS, type OrganisationKind, type SharedFieldGroup } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Territory } from '../../territories/territory.entity';

/** Which groups of household data a referral to this kind of organisation shares (territory admin's data). */
@Entity('referral_type')
@Index(['territoryId', 'recipientKind'], { unique: true })
export class ReferralType extends BaseEntity {
  @Column({ type: 'uuid' })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'territory_id' })
  territory?: Relation<Territory>;

  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  recipientKind!: OrganisationKind;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'enum', enum: SHARED_FIELD_GROUPS, enumName: 'shared_field_group', array: true, default: '{}' })
  sharedGroups!: SharedFieldGroup[];
}
