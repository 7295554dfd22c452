import { formatEurosRounded, plural } from '../../format';
import type { components } from '../../api/schema';

type Api = components['schemas'];

/** Cohort filters (libs/outreach-sql `campaignFiltersSchema`); absent = no restriction. */
export type CampaignFilters = Api['CampaignDto']['filters'];

/** A campaign as the API returns it. */
export type Campaign = Api['CampaignDto'];

/** POST /api/campaigns/preview */
export type CampaignPreview = Api['CampaignPreviewResultDto'];

/** A row of GET /api/campaigns/:id/households: a targeted household, its task and its targeted rights now. */
export type CampaignHousehold = Api['CampaignHouseholdDto'];

/** GET /api/campaigns/:id/funnel */
export type CampaignFunnel = Api['CampaignFunnelDto'];

/** Form values → the filters the API accepts (empty values dropped, euros → cents). */
export const cleanFilters = (values: Partial<CampaignFilters> & { minAmountEuros?: unknown }): CampaignFilters => {
  const out: CampaignFilters = {};
  if (values.benefits?.length) out.benefits = values.benefits;
  if (values.statuses?.length) out.statuses = values.statuses;
  if (values.confidences?.length) out.confidences = values.confidences;
  const commune = values.communeInsee?.trim();
  if (commune) out.communeInsee = commune;
  const postcode = values.postcode?.trim();
  if (postcode) out.postcode = postcode;
  if (values.referentId) out.referentId = values.referentId;
  if (values.importId) out.importId = values.importId;
  if (values.rightIds?.length) out.rightIds = values.rightIds;
  if (typeof values.minAmountCents === 'number' && values.minAmountCents > 0) out.minAmountCents = values.minAmountCents;
  return out;
};

/** What POST /api/campaigns receives: filters without empty values, an assignee only when chosen. */
export const campaignPayload = (data: Partial<Campaign>) => ({
  name: data.name?.trim(),
  filters: cleanFilters(data.filters ?? {}),
  assignment: data.assignment ?? 'referent',
  ...(data.assigneeId ? { assigneeId: data.assigneeId } : {}),
  ...(data.controlShare ? { controlShare: Number(data.controlShare) } : {}),
});

/** "N foyers, X € par an en jeu, K exclus (refus de la personne)", and the control group when one is held back. */
export const previewSentence = (p: CampaignPreview) =>
  `${plural(p.householdCount, 'foyer')}, ${formatEurosRounded(p.annualAmountCents)} par an en jeu, ${plural(p.excludedByRefusal, 'exclu')} (refus de la personne)` +
  (p.controlCount > 0 ? ` — groupe témoin : ${plural(p.controlCount, 'foyer')} tiré(s) au sort et non contacté(s), ${plural(p.contactedCount, 'foyer')} à contacter` : '');

/** "+12,5 points (IC 95 % : −3,1 à +28,0)" for a take-up difference (0…1). */
export const formatPoints = (d: number | null | undefined): string =>
  d == null ? '—' : `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d * 100).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} points`;
export const differenceSentence = (c: { difference: number | null; low: number | null; high: number | null; significant: boolean }): string =>
  c.difference == null
    ? 'Écart non calculable (groupe vide)'
    : `${formatPoints(c.difference)} (IC 95 % : ${formatPoints(c.low)} à ${formatPoints(c.high)})${c.significant ? ' — écart significatif' : ' — écart non significatif'}`;
