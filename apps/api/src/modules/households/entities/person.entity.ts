import { ACTIVITIES, RELATIONSHIPS, type Activity, type Relationship } from '@recours/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Household } from './household.entity';
import { Income } from './income.entity';

@Entity('person')
// Names are searched through household.search_text (maintained by a trigger on this table).
@Check('person_incapacity_rate', '"incapacity_rate" IS NULL OR "incapacity_rate" BETWEEN 0 AND 100')
export class Person extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, (h) => h.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'enum', enum: RELATIONSHIPS, enumName: 'relationship' })
  relationship!: Relationship;

  @Column({ type: 'enum', enum: ACTIVITIES, enumName: 'activity', nullable: true })
  activity!: Activity | null;

  /** Sensitive (health data, RGPD art. 9): only the fact and the rate, never the diagnosis. */
  @Column({ type: 'boolean', default: false })
  disabilityRecognised!: boolean;

  @Column({ type: 'smallint', nullable: true })
  incapacityRate!: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @OneToMany(() => Income, (i) => i.person)
  incomes?: Relation<Income>[];
}
