import type { DetectableBenefit, ReferralAction, ReferralOutcome, ReferralStatus, SharedFieldGroup } from '@recours/domain';

export interface ReferralEvent {
  id: string;
  from: ReferralStatus | null;
  to: ReferralStatus;
  at: string;
  actorName: string | null;
  actorOrganisationName: string;
  comment: string | null;
  payload: Record<string, unknown>;
}

export interface SharedRight {
  id: string;
  benefit: DetectableBenefit;
  status: string;
  estimatedAmountCents: number;
  amountPeriod: 'mensuel' | 'annuel';
  evaluatedPeriod: string | null;
  explanation: unknown;
  grantedMonthlyAmountCents: number | null;
  grantedFrom: string | null;
}

export interface SharedData {
  identity?: { firstName: string; lastName: string; birthDate: string | null; phone: string | null; email: string | null; address: string | null; postcode: string | null; communeName: string | null } | null;
  composition?: { firstName: string; lastName: string; birthDate: string | null; relationship: string }[];
  incomes?: { personName: string; kind: string; monthlyAmountCents: number; fromMonth: string; toMonth: string | null }[];
  housing?: { housingStatus: string | null; housingType: string | null; monthlyRentCents: number | null; address: string | null; postcode: string | null; communeName: string | null };
  rights?: SharedRight[];
}

export interface Referral {
  id: string;
  box: 'sent' | 'received';
  householdId: string;
  householdReference: string;
  applicantName: string | null;
  senderOrganisationId: string;
  senderOrganisationName: string;
  senderUserName: string | null;
  recipientOrganisationId: string;
  recipientOrganisationName: string;
  status: ReferralStatus;
  purpose: string | null;
  benefits: DetectableBenefit[];
  sharedGroups: SharedFieldGroup[];
  consentOverridden: boolean;
  outcome: ReferralOutcome | null;
  outcomeMonthlyAmountCents: number | null;
  outcomeStartMonth: string | null;
  outcomeReason: string | null;
  declineReason: string | null;
  overdue: boolean;
  statusChangedAt: string;
  createdAt: string;
  // Detail only.
  message?: string | null;
  consentOverrideReason?: string | null;
  events?: ReferralEvent[];
  allowedActions?: ReferralAction[];
  shared?: SharedData;
}

export interface Partner {
  id: string;
  name: string;
  kind: string;
  handledBenefits: DetectableBenefit[];
  handlesDescription: string | null;
  sharedGroups: SharedFieldGroup[];
}

export interface Consent {
  id: string;
  personId: string;
  personName: string;
  householdId: string;
  purpose: 'partage_partenaire' | 'contact_sms' | 'contact_email' | 'contact_courrier';
  recipientOrganisationId: string | null;
  recipientOrganisationName: string | null;
  given: boolean;
  decidedOn: string;
  method: 'oral' | 'ecrit' | 'signe';
  expiresOn: string | null;
  recordedByName: string | null;
  recordedAt: string;
}

/**
 * The sharing consent in force towards a recipient, as the API decides it: the latest row per
 * person counts; one withdrawal ends it; an expired consent is none.
 */
export const sharingConsentState = (consents: Consent[], recipientId: string, today: string): { state: 'valide' | 'retire' | 'absent'; latest?: Consent } => {
  const latest = new Map<string, Consent>();
  for (const c of consents) {
    if (c.purpose !== 'partage_partenaire' || c.recipientOrganisationId !== recipientId) continue;
    const seen = latest.get(c.personId);
    if (!seen || c.recordedAt >= seen.recordedAt) latest.set(c.personId, c);
  }
  const rows = [...latest.values()];
  const withdrawn = rows.find((c) => !c.given);
  if (withdrawn) return { state: 'retire', latest: withdrawn };
  const valid = rows.find((c) => c.given && (!c.expiresOn || c.expiresOn >= today));
  return valid ? { state: 'valide', latest: valid } : { state: 'absent' };
};

const DAY = 86_400_000;

/** "aujourd’hui", "hier", "il y a 5 jours" since an instant. */
export const delaySince = (iso: string, now = Date.now()): string => {
  const days = Math.floor((now - new Date(iso).getTime()) / DAY);
  if (days <= 0) return 'aujourd’hui';
  if (days === 1) return 'hier';
  return `il y a ${days} jours`;
};
