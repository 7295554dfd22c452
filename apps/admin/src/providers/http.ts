// ra-core (react-admin's headless core) keeps this module loadable in unit tests without MUI.
import { fetchUtils, HttpError } from 'ra-core';

/** The API's validation error body (see apps/api common/errors). */
interface ApiErrorBody {
  statusCode?: number;
  message?: string | string[];
  errors?: Array<{ field?: string; message?: string }>;
}

const GENERIC_ERROR = 'Le serveur n’a pas pu traiter la demande. Réessayez dans un instant.';

const messageOf = (body: ApiErrorBody | undefined, fallback: string): string => {
  if (!body?.message) return fallback;
  return Array.isArray(body.message) ? body.message.join(' ') : body.message;
};

/** The API names nested fields `members[0].incomes[1].kind`; react-hook-form uses dots. */
export const toFormPath = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

/**
 * Turns the API's `errors: [{ field, message }]` into react-admin's submission error shape
 * (`{ errors: { 'members.0.incomes.1.monthlyAmountCents': message } }`) so the French message is
 * shown under the field; messages without a field go to `root.serverError` (shown as a notification).
 */
export const toHttpError = (status: number, body: ApiErrorBody | undefined, statusText = ''): HttpError => {
  const message = messageOf(body, statusText || GENERIC_ERROR);
  if (!body?.errors?.length) return new HttpError(message, status, body);
  const errors: Record<string, unknown> = {};
  for (const { field, message: fieldMessage } of body.errors) {
    if (!fieldMessage) continue;
    if (field) errors[toFormPath(field)] = fieldMessage;
    else errors.root = { serverError: fieldMessage };
  }
  return new HttpError(message, status, { ...body, errors });
};

/**
 * Every write says `Content-Type: application/json`, bodyless ones included (the API refuses
 * anything else as a possible cross-site form); ra-data-simple-rest's DELETE sends text/plain.
 */
export const withJsonType = (options: fetchUtils.Options): Headers => {
  const headers = new Headers(options.headers as HeadersInit | undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if ((options.method ?? 'GET') !== 'GET') headers.set('Content-Type', 'application/json');
  return headers;
};

/** fetch for the API: same-origin session cookie, JSON, French errors. */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers: withJsonType(options), credentials: 'include' });
  } catch (error) {
    if (error instanceof HttpError) throw toHttpError(error.status, error.body as ApiErrorBody, error.message);
    // Network failure (API down, proxy error): fetch rejects with a TypeError in English.
    throw new HttpError('Impossible de joindre le serveur Recours. Vérifiez votre connexion.', 0);
  }
};

export const API_URL = '/api';

/** Sends a file's bytes as they are (application/octet-stream), with the same errors as httpClient. */
export const uploadBytes = async (url: string, file: Blob): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: file, credentials: 'include', headers: { Accept: 'application/json', 'Content-Type': 'application/octet-stream' } });
  } catch {
    throw new HttpError('Impossible de joindre le serveur Recours. Vérifiez votre connexion.', 0);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw toHttpError(response.status, body as ApiErrorBody | undefined, response.statusText);
  return body;
};
