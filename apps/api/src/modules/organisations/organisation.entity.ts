import { DEFAULT_REFERRAL_GRACE_DAYS, DETECTABLE_BENEFITS, ORGANISATION_KINDS, type DetectableBenefit, type OrganisationKind } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/db/base.entity';
import { Territory } from '../territories/territory.entity';

@Entity('organisation')
@Index(['territoryId', 'name'])
export class Organisation extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id' })
  territory?: Relation<Territory>;

  /** Directory: benefits this organisation instructs (PPA → the CAF, CSS → the CPAM). */
  @Column({ type: 'enum', enum: DETECTABLE_BENEFITS, enumName: 'detectable_benefit', array: true, default: '{}' })
  handledBenefits!: DetectableBenefit[];

  /** Directory: what else it takes referrals for, in a few words. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  handlesDescription!: string | null;

  /** Days the organisation keeps reading a referral it received after it is closed. */
  @Column({ type: 'smallint', default: DEFAULT_REFERRAL_GRACE_DAYS })
  referralGraceDays!: number;
}
