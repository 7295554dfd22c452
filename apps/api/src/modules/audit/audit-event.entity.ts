import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType } from '@recours/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

/**
 * Who touched which record, when, and which fields — never the values.
 * No foreign key on entity_id/household_id: the trail outlives deleted records.
 */
@Entity('audit_event')
@Index(['organisationId', 'occurredAt'])
@Index(['householdId', 'occurredAt'])
@Index(['actorId', 'occurredAt'])
@Index('audit_event_household_ids_idx', { synchronize: false }) // GIN (household_ids): list views in a household's history
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User>;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action!: AuditAction;

  @Column({ type: 'enum', enum: AUDIT_ENTITY_TYPES, enumName: 'audit_entity_type' })
  entityType!: AuditEntityType;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  /** A list response: the households it displayed (the person's access history finds it by containment). */
  @Column({ type: 'uuid', array: true, nullable: true })
  householdIds!: string[] | null;

  /** Changed field names for writes; filter keys for `list`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
