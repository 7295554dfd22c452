import { IMPORT_REVIEW_STATUSES, type ImportReviewStatus } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Household } from '../../households/entities/household.entity';
import { Person } from '../../households/entities/person.entity';
import { PartnerImport } from './partner-import.entity';

/**
 * A row whose person resembles an existing person of the organisation (trigram similarity) without
 * matching exactly: it waits for a worker to merge it into that household or create a new one.
 * The row itself stays in import_staging until then.
 */
@Entity('import_review')
@Index(['importId', 'line'], { unique: true })
@Index(['organisationId', 'status'])
export class ImportReview extends BaseEntity {
  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => PartnerImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Relation<PartnerImport>;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ type: 'uuid' })
  candidatePersonId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_person_id' })
  candidatePerson?: Relation<Person>;

  @Column({ type: 'uuid' })
  candidateHouseholdId!: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_household_id' })
  candidateHousehold?: Relation<Household>;

  /** pg_trgm similarity of the folded full names, 0..1. */
  @Column({ type: 'real' })
  similarity!: number;

  @Column({ type: 'enum', enum: IMPORT_REVIEW_STATUSES, enumName: 'import_review_status', default: 'en_attente' })
  status!: ImportReviewStatus;

  /** The household the row went into once decided. */
  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
