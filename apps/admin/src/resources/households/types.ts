import type { components } from '../../api/schema';

type Api = components['schemas'];
type Detail = Api['HouseholdDetailDto'];
type ListItem = Api['HouseholdListItemDto'];

export type Member = Detail['members'][number];
export type Income = Member['incomes'][number];
export type ReceivedBenefit = Detail['receivedBenefits'][number];

/**
 * The household as the API returns it: the list (GET /api/households) adds the applicant's name and
 * the member count, the detail (GET /api/households/:id) the members, benefits and detection dates.
 */
export type Household = Omit<ListItem, 'applicantName' | 'memberCount'> &
  Partial<Pick<ListItem, 'applicantName' | 'memberCount'>> &
  Partial<Pick<Detail, 'detectionRequestedAt' | 'detectedAt' | 'members' | 'receivedBenefits'>>;

/** Body of POST /api/households and PUT /api/households/:id (read-only fields may be sent back). */
export type HouseholdInput = Api['HouseholdInputDto'];
export type MemberInput = NonNullable<HouseholdInput['members']>[number];

/** GET /api/audit-events (and /api/households/:id/access-history): field names only, never values. */
export type AuditEvent = Api['AuditEventDto'];

/** The applicant's name (else the first member's, else the reference). */
export const householdName = (household: Pick<Household, 'members' | 'reference' | 'applicantName'> | undefined): string => {
  if (!household) return '';
  if (household.applicantName) return household.applicantName;
  const members = household.members ?? [];
  const head = members.find((m) => m.relationship === 'demandeur') ?? members[0];
  return head ? `${head.firstName} ${head.lastName}` : household.reference;
};
