// French wording of audit events and of the field names they list as changed (the field names are
// shared with the API's audit export: @recours/domain audit-fields).
import { auditFieldLabel } from '@recours/domain';
import { auditActionLabels, auditEntityTypeLabels } from './labels';

const lookup = (labels: Record<string, string>, key: string | null | undefined): string =>
  key ? (labels[key] ?? key) : '';

/** 'update' → 'Modification'; an action the back office does not know yet is shown as sent. */
export const auditActionLabel = (action: string | null | undefined): string => lookup(auditActionLabels, action);

export const auditEntityTypeLabel = (entityType: string | null | undefined): string =>
  lookup(auditEntityTypeLabels, entityType);

/** 'members.0.incomes.1.monthlyAmountCents' → 'Revenus › Montant mensuel'. */
export const fieldLabel = (path: string): string => auditFieldLabel(path);
