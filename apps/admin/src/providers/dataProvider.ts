import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetManyReferenceParams } from 'react-admin';
import { API_URL, httpClient } from './http';

const base = simpleRestProvider(API_URL, httpClient);

/**
 * Sub-collections served under a parent record (`/api/households/:id/access-history`) are exposed
 * to react-admin as pseudo-resources read with `<ReferenceManyField target="…">`, so they keep
 * server-side pagination and sorting like any list.
 */
const nestedCollections: Record<string, (parentId: string) => string> = {
  'access-history': (householdId) => `households/${encodeURIComponent(householdId)}/access-history`,
};

const getManyReference: DataProvider['getManyReference'] = (resource, params: GetManyReferenceParams) => {
  const nestedPath = nestedCollections[resource];
  if (!nestedPath) return base.getManyReference(resource, params);
  const { pagination, sort, filter, signal, meta } = params;
  return base.getList(nestedPath(String(params.id)), { pagination, sort, filter, signal, meta });
};

export const dataProvider: DataProvider = { ...base, getManyReference };
