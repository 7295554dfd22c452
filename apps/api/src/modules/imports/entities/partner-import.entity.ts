import { IMPORT_STATUSES, type ImportStatus } from '@recours/domain';
import type { FieldMapping } from '@recours/imports';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';

/**
 * One uploaded partner file and its progress. The file itself waits in a PostgreSQL large object
 * (`file_oid`) until the worker has read it, so a restart of either process resumes from the database.
 */
@Entity('partner_import')
@Index(['organisationId', 'createdAt'])
@Index(['status'])
export class PartnerImport extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<User>;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'bigint' })
  fileSize!: string;

  /** OID of the large object holding the upload (bigint: TypeORM has no oid type); null once removed. */
  @Column({ type: 'bigint', nullable: true })
  fileOid!: string | null;

  /** csv | xlsx, and for CSV the encoding and separator found. */
  @Column({ type: 'varchar', length: 8 })
  format!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  encoding!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  delimiter!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  header!: string[];

  @Column({ type: 'jsonb', nullable: true })
  mapping!: FieldMapping | null;

  @Column({ type: 'enum', enum: IMPORT_STATUSES, enumName: 'import_status', default: 'televerse' })
  status!: ImportStatus;

  /** Why the import stopped (status echec), in French. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ type: 'integer', default: 0 })
  rowsFailed!: number;

  @Column({ type: 'integer', default: 0 })
  rowsReview!: number;

  @Column({ type: 'integer', default: 0 })
  householdsCreated!: number;

  @Column({ type: 'integer', default: 0 })
  householdsUpdated!: number;

  @Column({ type: 'integer', default: 0 })
  householdsToDetect!: number;

  @Column({ type: 'integer', default: 0 })
  householdsDetected!: number;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
