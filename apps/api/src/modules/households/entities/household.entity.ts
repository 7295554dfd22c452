import {
  HOUSEHOLD_STATUSES,
  HOUSING_STATUSES,
  HOUSING_TYPES,
  type HouseholdStatus,
  type HousingAidZone,
  type HousingStatus,
  type HousingType,
} from '@recours/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { Territory } from '../../territories/territory.entity';
import { User } from '../../users/user.entity';
import { Person } from './person.entity';
import { ReceivedBenefit } from './received-benefit.entity';

@Entity('household')
@Index(['territoryId', 'reference'], { unique: true })
@Index(['organisationId', 'status', 'updatedAt'])
@Index(['organisationId', 'referentId'])
@Index(['organisationId', 'communeInsee'])
@Index(['organisationId', 'postcode'])
@Index(['detectionRequestedAt'])
@Index('IDX_household_org_updated', ['organisationId', 'updatedAt', 'id'])
@Index('IDX_household_org_reference', ['organisationId', 'reference', 'id'])
@Index('IDX_household_org_applicant', ['organisationId', 'applicantLastName', 'id'])
// Created in SQL (migration 1796406000000): trigram GIN on (organisation, search_text), and the
// partial index of "Ma journée" by stored gain.
@Index('household_search_idx', { synchronize: false })
@Index('household_my_day_idx', { synchronize: false })
// Created in SQL (migration 1796540000000): the covering partial index of broad campaign previews.
@Index('household_cohort_idx', { synchronize: false })
// Created in SQL (migration 1796830000000): the households whose refusal may still run, taken off the rollups.
@Index('household_refused_benefit_idx', { synchronize: false })
@Check('household_rent_positive', '"monthly_rent_cents" IS NULL OR "monthly_rent_cents" >= 0')
@Check('household_aid_zone', '"housing_aid_zone" IS NULL OR "housing_aid_zone" BETWEEN 1 AND 3')
export class Household extends BaseEntity {
  /** `HH-<year>-<5 digits>`, unique per territory, handed out by the server. */
  @Column({ type: 'varchar', length: 32 })
  reference!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  postcode!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  communeInsee!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  communeName!: string | null;

  @Column({ type: 'enum', enum: HOUSING_STATUSES, enumName: 'housing_status', nullable: true })
  housingStatus!: HousingStatus | null;

  @Column({ type: 'enum', enum: HOUSING_TYPES, enumName: 'housing_type', nullable: true })
  housingType!: HousingType | null;

  @Column({ type: 'integer', nullable: true })
  monthlyRentCents!: number | null;

  @Column({ type: 'smallint', nullable: true })
  housingAidZone!: HousingAidZone | null;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id' })
  territory?: Relation<Territory>;

  @Column({ type: 'uuid', nullable: true })
  referentId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'referent_id' })
  referent?: Relation<User> | null;

  @Column({ type: 'enum', enum: HOUSEHOLD_STATUSES, enumName: 'household_status', default: 'active' })
  status!: HouseholdStatus;

  @Column({ type: 'date', nullable: true })
  lastContactOn!: string | null;

  /** The household asked its referent for help with the quarterly declarations of its RSA / prime d'activité: each one gets a task. */
  @Column({ type: 'boolean', default: false })
  declarationHelpRequested!: boolean;

  /** Last time a change asked for a new detection; the worker's sweep re-runs it when later than detectedAt. */
  @Column({ type: 'timestamptz', nullable: true })
  detectionRequestedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  detectedAt!: Date | null;

  /** Fingerprint of the engine ruleset used by the last detection (a parameter change re-evaluates). */
  @Column({ type: 'text', nullable: true })
  detectionFingerprint!: string | null;

  // Maintained by the database from the members and the detected rights, in the same transaction as
  // their writes (statement triggers of migration 1796406000000): never written by the application.
  @Column({ type: 'varchar', length: 100, nullable: true, insert: false, update: false })
  applicantFirstName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true, insert: false, update: false })
  applicantLastName!: string | null;

  @Column({ type: 'integer', default: 0, insert: false, update: false })
  memberCount!: number;

  /** recours_search_text(reference + every member's first and last names): accents and case folded. */
  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  searchText!: string;

  /** Σ annual amount × confidence weight of the open rights ("Ma journée"'s upper bound), cents. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  openGainCents!: string;

  /** Rights in the default campaign statuses (kept by the database, migration 1796540000000). */
  @Column({ type: 'integer', default: 0, select: false, insert: false, update: false })
  cohortRightCount!: number;

  /** Σ annual amounts of those rights, cents. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  cohortAnnualCents!: string;

  /** Per benefit of those rights: `{ benefit: [rights, annual cents] }` (kept by the database, migration 1796830000000). */
  @Column({ type: 'jsonb', default: () => "'{}'", select: false, insert: false, update: false })
  cohortByBenefit!: Record<string, [number, number]>;

  /** Latest `blocked_until` of the household's refusals (kept by the database); null: none. */
  @Column({ type: 'date', nullable: true, select: false, insert: false, update: false })
  refusalUntil!: string | null;

  @OneToMany(() => Person, (p) => p.household)
  members?: Relation<Person>[];

  @OneToMany(() => ReceivedBenefit, (b) => b.household)
  receivedBenefits?: Relation<ReceivedBenefit>[];
}
