import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams, GetManyReferenceParams, RaRecord } from 'react-admin';
import { noteHouseholdChanged } from './detection-watch';
import { API_URL, httpClient, uploadBytes } from './http';
import type { ImportMethods } from './import-types';
import type { PartnerImport } from '../resources/imports/types';
import { withPartialPagination } from './partial-pagination';
import type { OutreachMethods } from './outreach-types';
import type { ReferralMethods } from './referral-types';
import type { NotificationMethods } from '../resources/notifications/types';

const base = simpleRestProvider(API_URL, httpClient);

/**
 * Sub-collections served under a parent record (`/api/households/:id/access-history`) are exposed
 * to react-admin as pseudo-resources read with `<ReferenceManyField target="…">`, so they keep
 * server-side pagination and sorting like any list.
 */
const nestedCollections: Record<string, (parentId: string) => string> = {
  'access-history': (householdId) => `households/${encodeURIComponent(householdId)}/access-history`,
  'campaign-households': (campaignId) => `campaigns/${encodeURIComponent(campaignId)}/households`,
};

const getManyReference: DataProvider['getManyReference'] = async <R extends RaRecord>(resource: string, params: GetManyReferenceParams) => {
  const nestedPath = nestedCollections[resource];
  if (!nestedPath) return withPartialPagination(await base.getManyReference<R>(resource, params), params.pagination);
  const { pagination, sort, filter, signal, meta } = params;
  return getList<R>(nestedPath(String(params.id)), { pagination, sort, filter, signal, meta });
};

const getList: DataProvider['getList'] = async <R extends RaRecord>(resource: string, params: GetListParams) =>
  withPartialPagination(await base.getList<R>(resource, params), params.pagination);

const call = async <T>(path: string, method: 'GET' | 'POST' | 'PUT', body?: unknown, headers?: Record<string, string>): Promise<{ data: T }> => {
  const { json } = await httpClient(`${API_URL}/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: headers ? new Headers(headers) : undefined,
  });
  return { data: json as T };
};
const id = (value: string) => encodeURIComponent(value);

/** Domain actions beside CRUD (as in the react-admin CRM demo): one API call each. */
const outreach: OutreachMethods = {
  transitionRight: (rightId, payload) => call(`detected-rights/${id(rightId)}/transitions`, 'POST', payload),
  previewCampaign: (filters, controlShare = 0) => call('campaigns/preview', 'POST', { filters, controlShare }),
  launchCampaign: (campaignId) => call(`campaigns/${id(campaignId)}/launch`, 'POST', {}),
  getCampaignFunnel: (campaignId) => call(`campaigns/${id(campaignId)}/funnel`, 'GET'),
  getMyDay: () => call('my-day', 'GET'),
  bulk: (path, body) => call(path, 'POST', body),
  redetect: async (householdId) => {
    const result = await call(`households/${id(householdId)}/detect`, 'POST', {});
    noteHouseholdChanged(householdId);
    return result;
  },
};

/** A retried sending carries the same Idempotency-Key: the API creates one referral. */
const referrals: ReferralMethods = {
  sendReferral: (payload, idempotencyKey) => call('referrals', 'POST', payload, { 'Idempotency-Key': idempotencyKey }),
  referralAction: (referralId, action, body) => call(`referrals/${id(referralId)}/${action}`, 'POST', body),
  recordConsent: (payload) => call('consents', 'POST', payload),
};

/** The bell, the user's preferences and the organisation's reminder delays. */
const notificationMethods: NotificationMethods = {
  unreadNotificationCount: () => call('notifications/unread-count', 'GET'),
  markNotificationRead: (notificationId) => call(`notifications/${id(notificationId)}/read`, 'POST', {}),
  markAllNotificationsRead: () => call('notifications/read-all', 'POST', {}),
  getNotificationPreferences: () => call('notification-preferences', 'GET'),
  saveNotificationPreferences: (preferences) => call('notification-preferences', 'PUT', { preferences }),
  getReminderSettings: () => call('reminder-settings', 'GET'),
  saveReminderSettings: (settings) => call('reminder-settings', 'PUT', settings),
};

/** Partner file imports: upload, mapping and dry run, start, review queue, detection summary. */
const importMethods: ImportMethods = {
  uploadImport: async (file) => ({ data: (await uploadBytes(`${API_URL}/imports?fileName=${encodeURIComponent(file.name)}`, file)) as PartnerImport }),
  getImportFields: () => call('imports/fields', 'GET'),
  getImportPresets: () => call('imports/presets', 'GET'),
  saveImportPreset: (name, mapping) => call('imports/presets', 'POST', { name, mapping }),
  previewImport: (importId, mapping) => call(`imports/${id(importId)}/preview`, 'POST', { mapping }),
  startImport: (importId, mapping) => call(`imports/${id(importId)}/start`, 'POST', { mapping }),
  getImportSummary: (importId) => call(`imports/${id(importId)}/summary`, 'GET'),
  getImportReviews: (importId) => call(`imports/${id(importId)}/reviews`, 'GET'),
  decideImportReview: (importId, reviewId, decision) => call(`imports/${id(importId)}/reviews/${id(reviewId)}`, 'POST', { decision }),
};

export type RecoursDataProvider = DataProvider & OutreachMethods & ReferralMethods & NotificationMethods & ImportMethods;

export const dataProvider: RecoursDataProvider = {
  ...base,
  getList,
  getManyReference,
  // A saved household is re-detected by the worker: its page polls its rights for a while.
  update: async (resource, params) => {
    const result = await base.update(resource, params);
    if (resource === 'households') noteHouseholdChanged(String(params.id));
    return result;
  },
  ...outreach,
  ...referrals,
  ...notificationMethods,
  ...importMethods,
};
