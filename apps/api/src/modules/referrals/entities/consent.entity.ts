import { CONSENT_METHODS, CONSENT_PURPOSES, type ConsentMethod, type ConsentPurpose } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Household } from '../../households/entities/household.entity';
import { Person } from '../../households/entities/person.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';

/**
 * Consent ledger of a person, append-only (a trigger refuses UPDATE): a withdrawal is a new row.
 * The latest row per person, purpose and recipient is the one in force. household_id is copied
 * from the person so that a referral's access check reads one index.
 */
@Entity('consent')
@Index(['personId', 'recordedAt'])
@Index(['householdId', 'purpose', 'recipientOrganisationId', 'recordedAt'])
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<Household>;

  /** Organisation that recorded it (the household's). */
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'enum', enum: CONSENT_PURPOSES, enumName: 'consent_purpose' })
  purpose!: ConsentPurpose;

  /** Only for `partage_partenaire`: with whom the person agrees to share. */
  @Column({ type: 'uuid', nullable: true })
  recipientOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recipient_organisation_id' })
  recipientOrganisation?: Relation<Organisation> | null;

  /** true: given; false: withdrawn. */
  @Column({ type: 'boolean' })
  given!: boolean;

  /** Day the person gave or withdrew it. */
  @Column({ type: 'date' })
  decidedOn!: string;

  @Column({ type: 'enum', enum: CONSENT_METHODS, enumName: 'consent_method' })
  method!: ConsentMethod;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: Relation<User> | null;

  /** clock_timestamp(): two rows of one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt!: Date;
}
