// Shapes of the outreach endpoints that are not plain CRUD (the API is the source of truth).
import type { CampaignFilters, CampaignFunnel, CampaignPreview } from '../resources/campaigns/types';
import type { MyDay } from '../pages/my-day/types';
import type { DetectedRightStatus, DismissReason, RefusalReason } from '@recours/domain';
import type { DetectedRight } from '../resources/detected-rights/types';

/** Body of POST /api/detected-rights/:id/transitions. */
export interface TransitionRequest {
  to: DetectedRightStatus;
  reason?: DismissReason | RefusalReason;
  note?: string;
  grantedMonthlyAmountCents?: number;
  grantedFrom?: string;
}

export interface OutreachMethods {
  transitionRight(id: string, payload: TransitionRequest): Promise<{ data: DetectedRight }>;
  previewCampaign(filters: CampaignFilters): Promise<{ data: CampaignPreview }>;
  launchCampaign(id: string): Promise<{ data: unknown }>;
  getCampaignFunnel(id: string): Promise<{ data: CampaignFunnel }>;
  getMyDay(): Promise<{ data: MyDay }>;
  redetect(householdId: string): Promise<{ data: unknown }>;
}
