// GET /api/stats/… for the dashboard, and the list URLs each figure links to. No React here (unit-tested).
import type { components } from '../../api/schema';
import { API_URL, httpClient } from '../../providers/http';

export type FunnelStats = components['schemas']['FunnelStatsDto'];
export type RightsOpenedStats = components['schemas']['RightsOpenedStatsDto'];
export type TimeToRightStats = components['schemas']['TimeToRightStatsDto'];
export type OutreachStats = components['schemas']['OutreachStatsDto'];
export type CampaignStats = components['schemas']['CampaignStatsDto'];
export type ReferralStats = components['schemas']['ReferralStatsDto'];

export interface StatsFilter {
  from: string;
  to: string;
  benefit?: string;
  communeInsee?: string;
  organisationId?: string;
}

export interface Indicators {
  funnel: FunnelStats;
  opened: RightsOpenedStats;
  delays: TimeToRightStats;
  outreach: OutreachStats;
  campaigns: CampaignStats;
  referrals: ReferralStats;
}

/** The filter as sent: empty fields left out. */
export function cleanFilter(f: StatsFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Record<string, string>;
}

export const statsUrl = (family: string, f: StatsFilter) => `${API_URL}/stats/${family}?filter=${encodeURIComponent(JSON.stringify(cleanFilter(f)))}`;

export async function fetchIndicators(f: StatsFilter): Promise<Indicators> {
  const get = async <T>(family: string) => (await httpClient(statsUrl(family, f))).json as T;
  const [funnel, opened, delays, outreach, campaigns, referrals] = await Promise.all([
    get<FunnelStats>('funnel'),
    get<RightsOpenedStats>('rights-opened'),
    get<TimeToRightStats>('time-to-right'),
    get<OutreachStats>('outreach'),
    get<CampaignStats>('campaigns'),
    get<ReferralStats>('referrals'),
  ]);
  return { funnel, opened, delays, outreach, campaigns, referrals };
}

/** A react-admin list location with its filter (`/detected-rights?filter=…`). */
export function listLink(resource: string, filter: Record<string, unknown>): { pathname: string; search: string } {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));
  return { pathname: `/${resource}`, search: `?filter=${encodeURIComponent(JSON.stringify(clean))}` };
}

/** The detected rights behind "accordés": granted (last change) within the period, same benefit and commune. */
export const grantedRightsLink = (f: StatsFilter) =>
  listLink('detected-rights', { status: 'accorde', benefit: f.benefit, communeInsee: f.communeInsee, statusChangedFrom: f.from, statusChangedTo: f.to });

/** The detected rights behind "détectés": detected within the period, same benefit and commune. */
export const detectedRightsLink = (f: StatsFilter) =>
  listLink('detected-rights', { benefit: f.benefit, communeInsee: f.communeInsee, detectedFrom: f.from, detectedTo: f.to });

/** The rights behind a funnel step that is a status ("demande déposée": filed, then answered). */
export const rightsAtStatusLink = (f: StatsFilter, status: string[]) =>
  listLink('detected-rights', { status, benefit: f.benefit, communeInsee: f.communeInsee, detectedFrom: f.from, detectedTo: f.to });

/** The referrals behind a figure: sent (or received) in the period, same benefit; a partner or statuses when given. */
export const referralsLink = (f: StatsFilter, box: 'sent' | 'received', more: { partnerId?: string | null; status?: string[] } = {}) =>
  listLink('referrals', {
    box,
    benefit: f.benefit,
    sentFrom: f.from,
    sentTo: f.to,
    status: more.status,
    ...(more.partnerId ? { [box === 'sent' ? 'recipientOrganisationId' : 'senderOrganisationId']: more.partnerId } : {}),
  });

/** The default period: the twelve months ending today (as the API). */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number);
  return { from: new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10), to: today };
}

/** 0.667 → '66,7 %'; null → '—'. */
export const formatRate = (rate: number | null | undefined): string =>
  rate == null ? '—' : `${(rate * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;

/** Days with one decimal, or '—'. */
export const formatDays = (days: number | null | undefined): string =>
  days == null ? '—' : `${days.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} j`;
