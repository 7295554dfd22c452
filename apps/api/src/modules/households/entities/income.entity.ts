import { INCOME_KINDS, type IncomeKind } from '@recours/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Person } from './person.entity';

@Entity('income')
@Check('income_amount_positive', '"monthly_amount_cents" >= 0')
@Check('income_months_ordered', '"end_month" IS NULL OR "end_month" >= "start_month"')
export class Income extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, (p) => p.incomes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Column({ type: 'enum', enum: INCOME_KINDS, enumName: 'income_kind' })
  kind!: IncomeKind;

  @Column({ type: 'integer' })
  monthlyAmountCents!: number;

  /** `YYYY-MM`: first month the amount applies to. */
  @Column({ type: 'char', length: 7 })
  startMonth!: string;

  /** `YYYY-MM`, inclusive; null while it still applies. */
  @Column({ type: 'char', length: 7, nullable: true })
  endMonth!: string | null;
}
