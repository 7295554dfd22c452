import type { FieldMapping } from '@recours/imports';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../../common/db/base.entity';
import { Organisation } from '../../organisations/organisation.entity';

/** A saved column mapping of an organisation ("Export bailleur X"), reused for the next files. */
@Entity('import_preset')
@Index(['organisationId', 'name'], { unique: true })
export class ImportPreset extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'jsonb' })
  mapping!: FieldMapping;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
