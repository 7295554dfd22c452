import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PartnerImport } from './partner-import.entity';

/** One problem of one row of an import (the row-level report): line, field, value as read, reason in French. */
@Entity('import_row_error')
@Index(['importId', 'line'])
export class ImportRowError {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => PartnerImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Relation<PartnerImport>;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  field!: string | null;

  @Column({ type: 'text', nullable: true })
  value!: string | null;

  @Column({ type: 'text' })
  message!: string;
}
