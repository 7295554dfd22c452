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
  'audit.read',
  'user.read',
  'user.manage',
  'organisation.read',
  'organisation.manage',
  'territory.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const COMMON: Permission[] = ['session.self', 'user.read', 'organisation.read', 'territory.read'];
// Households, their detected rights, contacts, tasks and campaigns: the same organisation scope.
const CASEWORK: Permission[] = ['household.read', 'household.write', 'outreach.read', 'outreach.write', 'campaign.read', 'campaign.write'];

export const ROLE_PERMISSIONS: Record<UserRole, ReadonlySet<Permission>> = {
  // Casework on the households of their own organisation.
  social_worker: new Set([...COMMON, ...CASEWORK, 'audit.read']),
  // Same scope, plus deleting a household and browsing the organisation's audit log.
  manager: new Set([...COMMON, ...CASEWORK, 'household.delete', 'audit.read']),
  // No household access: referrals will open a window later.
  partner_agent: new Set(COMMON),
  // Manages organisations and users of the territory; does not read households.
  admin: new Set([...COMMON, 'user.manage', 'organisation.manage']),
};

export function can(role: UserRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
