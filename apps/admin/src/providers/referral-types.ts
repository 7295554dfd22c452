import type { Referral } from '../resources/referrals/types';

export interface ReferralSendPayload {
  householdId: string;
  recipientOrganisationId: string;
  detectedRightIds?: string[];
  purpose?: string;
  message?: string;
  consentOverrideReason?: string;
}

export interface ConsentPayload {
  personId: string;
  purpose: 'partage_partenaire' | 'contact_sms' | 'contact_email' | 'contact_courrier';
  recipientOrganisationId?: string;
  given: boolean;
  decidedOn: string;
  method: 'oral' | 'ecrit' | 'signe';
  expiresOn?: string;
}

export type ReferralActionName = 'acknowledge' | 'accept' | 'decline' | 'progress' | 'close' | 'cancel';

/** Referral domain methods of the data provider (one API call each). */
export interface ReferralMethods {
  sendReferral(payload: ReferralSendPayload, idempotencyKey: string): Promise<{ data: Referral }>;
  referralAction(referralId: string, action: ReferralActionName, body: Record<string, unknown>): Promise<{ data: Referral }>;
  recordConsent(payload: ConsentPayload): Promise<{ data: { id: string } }>;
}
