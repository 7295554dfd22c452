// French labels and unions shared with the API live in @recours/domain; this module only gives
// the back office short names for them.
import { LABELS } from '@recours/domain';

export type {
  Activity,
  AuditAction,
  AuditEntityType,
  Benefit,
  HouseholdStatus,
  HousingAidZone,
  HousingStatus,
  HousingType,
  IncomeKind,
  OrganisationKind,
  Relationship,
  UserRole as Role,
} from '@recours/domain';
export { choicesOf, LABELS } from '@recours/domain';

export const housingStatusLabels = LABELS.housingStatus;
export const housingTypeLabels = LABELS.housingType;
export const householdStatusLabels = LABELS.householdStatus;
export const relationshipLabels = LABELS.relationship;
export const activityLabels = LABELS.activity;
export const incomeKindLabels = LABELS.incomeKind;
export const benefitLabels = LABELS.benefit;
export const roleLabels = LABELS.userRole;
export const organisationKindLabels = LABELS.organisationKind;
export const auditActionLabels = LABELS.auditAction;
export const auditEntityTypeLabels = LABELS.auditEntityType;
export { MIN_PASSWORD_LENGTH } from '@recours/domain';
