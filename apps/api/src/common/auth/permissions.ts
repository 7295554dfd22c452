import type { UserRole } from '@recours/domain';

/**
 * Coarse permissions named on each route (`@Authorize(...)`). The fine decision — *which* records —
 * is taken in SQL by the services (AccessService). Changing this table is a permission change:
 * the route-permission snapshot test shows its effect on every route.
 */
export const PERMISSIONS = [
  'session.self',
  'household.read',
  'household.write',
  'household.delete',
  'outreach.read',
  'outreach.write',
  'campaign.read',
  'campaign.write',
  'referral.read',
  'referral.send',
  'referral.respond',
  'audit.read',
  'user.read',
  'user.manage',
  'organisation.read',
  'organisation.manage',
  'territory.read',
  'stats.read',
  'reminders.manage',
  'reminders.failed',
  'health.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const COMMON: Permission[] = ['session.self', 'user.read', 'organisation.read', 'territory.read'];
// Households, their detected rights, contacts, tasks and campaigns: the same organisation scope.
const CASEWORK: Permission[] = ['household.read', 'household.write', 'outreach.read', 'outreach.write', 'campaign.read', 'campaign.write'];
// Referrals: social workers and managers send and receive (councils and CCAS refer to each other).
const REFERRALS: Permission[] = ['referral.read', 'referral.send', 'referral.respond'];

export const ROLE_PERMISSIONS: Record<UserRole, ReadonlySet<Permission>> = {
  // Casework on the households of their own organisation.
  social_worker: new Set([...COMMON, ...CASEWORK, ...REFERRALS, 'audit.read']),
  // Same scope, plus deleting a household, browsing the organisation's audit log and its indicators.
  manager: new Set([...COMMON, ...CASEWORK, ...REFERRALS, 'household.delete', 'audit.read', 'stats.read', 'reminders.manage', 'reminders.failed']),
  // Reads the referrals addressed to their organisation, with the shared fields only. Household and
  // detected-right reads are scoped to their own organisation, which holds none: every household,
  // person, income and right answers 404, the same as a missing id.
  partner_agent: new Set([...COMMON, 'household.read', 'outreach.read', 'referral.read', 'referral.respond']),
  // Manages organisations and users of the territory and coordinates it: reads the territory's
  // indicators (aggregates, comparing organisations); does not read households. Reads the detailed
  // health (sweep ages, reminders' lateness); anonymous callers only learn up or down. Lists the
  // reminders of its organisation that failed for good (kind, dates, error: no personal data).
  admin: new Set([...COMMON, 'user.manage', 'organisation.manage', 'stats.read', 'health.read', 'reminders.failed']),
};

export function can(role: UserRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
