import { REMINDER_KINDS, REMINDER_STATES, type ReminderKind, type ReminderState } from '@recours/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something that falls due: PostgreSQL is the source of truth, Redis only carries the id. Written in
 * the transaction that makes it due; the worker's sweep enqueues the pending ones whose `due_at` has
 * passed, and the processor claims the row (`state = 'pending'` → `done`) in the transaction of its effects.
 */
@Entity('reminder')
@Index('reminder_item_uq', ['kind', 'itemId', 'threshold'], { unique: true })
@Index('reminder_due_idx', ['dueAt'], { where: `"state" = 'pending'` })
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: REMINDER_KINDS, enumName: 'reminder_kind' })
  kind!: ReminderKind;

  /** The referral, task or detected right the reminder is about. */
  @Column({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'smallint', default: 0 })
  threshold!: number;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'enum', enum: REMINDER_STATES, enumName: 'reminder_state', default: 'pending' })
  state!: ReminderState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Fire jobs that exhausted their attempts: the sweep enqueues a new one, a bounded number of times, then marks it `failed`. */
  @Column({ type: 'smallint', default: 0 })
  fireRounds!: number;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  /** Why a reminder was skipped (the item moved on), or the last failure. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
