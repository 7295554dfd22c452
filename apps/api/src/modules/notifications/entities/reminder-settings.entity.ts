import { DEFAULT_REMINDER_SETTINGS as D } from '@recours/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/** An organisation's delays, edited by its manager; no row means the defaults. */
@Entity('reminder_settings')
export class ReminderSettingsRow {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'smallint', default: D.referralReminderWorkingDays })
  referralReminderWorkingDays!: number;

  @Column({ type: 'smallint', default: D.referralEscalationWorkingDays })
  referralEscalationWorkingDays!: number;

  @Column({ type: 'smallint', default: D.referralExpiryDays })
  referralExpiryDays!: number;

  @Column({ type: 'smallint', default: D.taskOverdueWorkingDays })
  taskOverdueWorkingDays!: number;

  @Column({ type: 'smallint', default: D.rightNoNewsDays })
  rightNoNewsDays!: number;

  @Column({ type: 'smallint', default: D.renewalLeadDays })
  renewalLeadDays!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The last successful run of each periodic sweep, for `/api/health`. */
@Entity('sweep_status')
export class SweepStatus {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'timestamptz' })
  lastSuccessAt!: Date;

  @Column({ type: 'integer', default: 0 })
  lastCount!: number;

  @Column({ type: 'integer', default: 0 })
  lastDurationMs!: number;

  /** The sweep's period as the worker runs it (null: written before the worker recorded it). */
  @Column({ type: 'integer', nullable: true })
  everyMs!: number | null;
}
