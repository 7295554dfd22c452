// Shapes of the outreach endpoints that are not plain CRUD (the API is the source of truth).
import type { CampaignFilters, CampaignFunnel, CampaignPreview } from '../resources/campaigns/types';
import type { MyDay } from '../pages/my-day/types';
import type { components } from '../api/schema';
import type { DetectedRight } from '../resources/detected-rights/types';

/** Body of POST /api/detected-rights/:id/transitions: what each target state takes. */
export type TransitionRequest = components['schemas']['TransitionInputDto'];

export interface OutreachMethods {
  transitionRight(id: string, payload: TransitionRequest): Promise<{ data: DetectedRight }>;
  previewCampaign(filters: CampaignFilters, controlShare?: number): Promise<{ data: CampaignPreview }>;
  launchCampaign(id: string): Promise<{ data: unknown }>;
  getCampaignFunnel(id: string): Promise<{ data: CampaignFunnel }>;
  getMyDay(): Promise<{ data: MyDay }>;
  redetect(householdId: string): Promise<{ data: unknown }>;
  /** One of the bulk actions (POST /api/<resource>/bulk/<action>) on the ticked rows. */
  bulk(path: BulkPath, body: Record<string, unknown> & { ids: string[] }): Promise<{ data: BulkResult }>;
}

export type BulkResult = components['schemas']['BulkResultDto'];
export type BulkPath = 'tasks/bulk/assign' | 'tasks/bulk/complete' | 'households/bulk/assign' | 'households/bulk/tasks' | 'detected-rights/bulk/tasks' | 'detected-rights/bulk/close';
