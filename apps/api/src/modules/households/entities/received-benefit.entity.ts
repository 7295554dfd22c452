import { BENEFITS, type Benefit } from '@recours/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Household } from './household.entity';

@Entity('received_benefit')
@Check('received_benefit_amount_positive', '"monthly_amount_cents" >= 0')
export class ReceivedBenefit extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, (h) => h.receivedBenefits, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'enum', enum: BENEFITS, enumName: 'benefit' })
  benefit!: Benefit;

  @Column({ type: 'integer' })
  monthlyAmountCents!: number;

  @Column({ type: 'date', nullable: true })
  since!: string | null;
}
