import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTIFICATION_ITEM_TYPES,
  NOTIFICATION_KINDS,
  NOTIFICATION_MODES,
  type DeliveryChannel,
  type DeliveryStatus,
  type NotificationItemType,
  type NotificationKind,
  type NotificationMode,
} from '@recours/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity';

/** What one user reads in the bell: a kind and a link to the item, never personal details. */
@Entity('notification')
@Index(['userId', 'createdAt'])
@Index('notification_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
@Index('notification_reminder_uq', ['reminderId', 'userId', 'kind'], { unique: true, where: '"reminder_id" IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NOTIFICATION_ITEM_TYPES, enumName: 'notification_item_type' })
  itemType!: NotificationItemType;

  @Column({ type: 'uuid' })
  itemId!: string;

  /** The reminder that produced it (null for immediate events such as a referral received). */
  @Column({ type: 'uuid', nullable: true })
  reminderId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** One e-mail per (notification, channel): a retried job finds the row already `sent` and sends nothing. */
@Entity('notification_delivery')
@Index('notification_delivery_uq', ['notificationId', 'channel'], { unique: true })
@Index('notification_delivery_pending_idx', ['channel', 'createdAt'], { where: `"status" IN ('pending', 'sending')` })
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  notificationId!: string;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Relation<Notification>;

  @Column({ type: 'enum', enum: DELIVERY_CHANNELS, enumName: 'delivery_channel' })
  channel!: DeliveryChannel;

  @Column({ type: 'enum', enum: DELIVERY_STATUSES, enumName: 'delivery_status', default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When a worker took it; a `sending` row older than the lease is taken again (that worker died). */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A user's choice per kind; no row means DEFAULT_NOTIFICATION_MODE. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NOTIFICATION_MODES, enumName: 'notification_mode' })
  mode!: NotificationMode;
}
