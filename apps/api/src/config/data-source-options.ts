import path from 'node:path';
import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Campaign, CampaignHousehold } from '../modules/campaigns/campaign.entity';
import { LoginThrottle } from '../modules/auth/login-throttle.entity';
import { Session } from '../modules/auth/session.entity';
import { PasswordLink } from '../modules/users/password-link.entity';
import { TotpRecoveryCode } from '../modules/auth/totp/recovery-code.entity';
import { Household } from '../modules/households/entities/household.entity';
import { Income } from '../modules/households/entities/income.entity';
import { Person } from '../modules/households/entities/person.entity';
import { ReceivedBenefit } from '../modules/households/entities/received-benefit.entity';
import { ImportPreset } from '../modules/imports/entities/import-preset.entity';
import { ImportReview } from '../modules/imports/entities/import-review.entity';
import { ImportRowError } from '../modules/imports/entities/import-row-error.entity';
import { PartnerImport } from '../modules/imports/entities/partner-import.entity';
import { Organisation } from '../modules/organisations/organisation.entity';
import { Contact, ContactRight } from '../modules/outreach/contact.entity';
import { DetectedRightTransition } from '../modules/rights/entities/detected-right-transition.entity';
import { DetectedRight } from '../modules/rights/entities/detected-right.entity';
import { OutreachBlock } from '../modules/rights/entities/outreach-block.entity';
import { RefusedIdentity } from '../modules/rights/entities/refused-identity.entity';
import { Consent } from '../modules/referrals/entities/consent.entity';
import { ReferralType } from '../modules/referrals/entities/referral-type.entity';
import { Referral, ReferralEvent, ReferralRight } from '../modules/referrals/entities/referral.entity';
import { Notification, NotificationDelivery, NotificationPreference } from '../modules/notifications/entities/notification.entity';
import { ReminderSettingsRow, SweepStatus } from '../modules/notifications/entities/reminder-settings.entity';
import { Reminder } from '../modules/notifications/entities/reminder.entity';
import { Task } from '../modules/tasks/task.entity';
import { Territory } from '../modules/territories/territory.entity';
import { User } from '../modules/users/user.entity';
import { SnakeNamingStrategy } from './naming-strategy';

// DATE columns stay 'YYYY-MM-DD' strings (dates of law), never local-time Date objects.
types.setTypeParser(types.builtins.DATE, (v: string) => v);

export const ENTITIES = [
  Territory,
  Organisation,
  User,
  Household,
  Person,
  Income,
  ReceivedBenefit,
  Session,
  LoginThrottle,
  PasswordLink,
  TotpRecoveryCode,
  AuditEvent,
  DetectedRight,
  DetectedRightTransition,
  OutreachBlock,
  RefusedIdentity,
  Contact,
  ContactRight,
  Task,
  Campaign,
  CampaignHousehold,
  Consent,
  ReferralType,
  Referral,
  ReferralRight,
  ReferralEvent,
  Reminder,
  Notification,
  NotificationDelivery,
  NotificationPreference,
  ReminderSettingsRow,
  SweepStatus,
  PartnerImport,
  ImportPreset,
  ImportReview,
  ImportRowError,
];

// apps/api/src/config → repository root (or dist/apps/api/apps/api/src/config → dist/apps/api).
const ROOT = path.resolve(__dirname, '../../../..');
export const MIGRATIONS_GLOB = path.join(ROOT, 'migrations', `*.${__filename.endsWith('.ts') ? 'ts' : 'js'}`);

export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Extensions are created by the first migration, not at connection time.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    // findOneBy({ id: undefined }) must throw, not return the first row of the table.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    // JIT compiles a plan in hundreds of milliseconds: a loss for the API's short queries (measured:
    // +1.1 s on a campaign preview over 100 000 households, bench/lists-at-scale.bench.ts).
    extra: { max: 10, application_name: 'recours-api', options: '-c jit=off' },
  };
}
