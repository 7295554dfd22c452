import { HttpError, useGetIdentity, type AuthProvider, type UserIdentity } from 'react-admin';
import type { components } from '../api/schema';
import type { Role } from '../labels';
import { API_URL, httpClient } from './http';

/** GET /api/auth/me: permissions adapt the UI only (the API decides on every request); settings come from the server's configuration. */
export type Me = components['schemas']['MeDto'];

/** How long a person's refusal blocks outreach for a benefit (REFUSAL_BLOCK_MONTHS on the server). */
export function useRefusalBlockMonths(): number | undefined {
  const { identity } = useGetIdentity();
  return (identity as (UserIdentity & { refusalBlockMonths?: number }) | undefined)?.refusalBlockMonths;
}

export interface Permissions {
  role: Role;
  permissions: string[];
}

/** The second-factor enrolment page (required for admins before anything else). */
export const ENROLMENT_PATH = '/double-authentification';

/** The password was right; the sign-in page now asks the code of the authenticator app. */
export class SecondFactorRequired extends Error {
  constructor() {
    super('Saisissez le code de votre application d’authentification.');
  }
}

/** Forget the cached /me (after an enrolment turned the session into a full one). */
export const refreshMe = () => {
  mePromise = null;
};

export const can = (p: Permissions | undefined, permission: string) => !!p?.permissions.includes(permission);

// One /me request per page load, shared by checkAuth, getIdentity and getPermissions. A 401 is
// kept as the answer until the visitor signs in: a visitor without a session asks /me once.
let mePromise: Promise<Me> | null = null;

const fetchMe = (): Promise<Me> => {
  mePromise ??= httpClient(`${API_URL}/auth/me`)
    .then(({ json }) => json as Me)
    .catch((error: unknown) => {
      if ((error as { status?: number })?.status !== 401) mePromise = null;
      throw error;
    });
  return mePromise;
};

/**
 * Asks /me as soon as the bundle runs, while React builds the first screen: the session check no
 * longer waits for react-admin's first render (checkAuth then reuses this answer).
 */
export const prefetchMe = (): void => {
  fetchMe().catch(() => undefined);
};

/** The answer /me would give once signed out, without asking (handled, so never "uncaught"). */
const signedOut = (): Promise<Me> => {
  const answer = Promise.reject(new HttpError('Non connecté', 401));
  answer.catch(() => undefined);
  return answer;
};

export const authProvider: AuthProvider = {
  async login(params: { email?: string; username?: string; password?: string; code?: string; recoveryCode?: string }) {
    // The API answers with the same body as /me: no second request needed. With a second factor the
    // password opens a session that only accepts the code (second call, `code` or `recoveryCode`).
    const { json } = params.code !== undefined || params.recoveryCode !== undefined
      ? await httpClient(`${API_URL}/auth/totp/verify`, {
          method: 'POST',
          body: JSON.stringify(params.code !== undefined ? { code: params.code } : { recoveryCode: params.recoveryCode }),
        })
      : await httpClient(`${API_URL}/auth/login`, {
          method: 'POST',
          body: JSON.stringify({ email: params.email ?? params.username, password: params.password }),
        });
    const me = json as Me;
    mePromise = Promise.resolve(me);
    if (me.twoFactor.pending === 'code') throw new SecondFactorRequired();
    // An admin without a second factor enrols before anything else.
    if (me.twoFactor.pending === 'enrolment') return { redirectTo: ENROLMENT_PATH };
    // Failures reject with the API's French message (wrong credentials, throttling).
  },

  async logout() {
    mePromise = signedOut();
    // Also called for a visitor whose /me answered 401: the request then fails harmlessly. It is
    // awaited even then: an instant logout lets react-admin log out again before its redirection
    // to the sign-in page completes, in a loop that held the form back for seconds.
    await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    let me: Me;
    try {
      me = await fetchMe();
    } catch {
      // Not signed in yet: go to the sign-in page without an error notification.
      throw { message: false };
    }
    if (me.twoFactor.pending === 'enrolment') throw { message: false, redirectTo: ENROLMENT_PATH };
    if (me.twoFactor.pending === 'code') throw { message: false };
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      // A visitor who never signed in is sent to the form without being told a session expired.
      const hadSession = mePromise ? await mePromise.then(() => true, () => false) : false;
      mePromise = signedOut();
      if (!hadSession) throw { message: false };
      throw new Error('Votre session a expiré. Veuillez vous reconnecter.');
    }
    // 403 and 404 answer about one record, not about the session: stay signed in.
  },

  async getIdentity(): Promise<UserIdentity> {
    const me = await fetchMe();
    return {
      id: me.id,
      fullName: me.displayName,
      email: me.email,
      role: me.role,
      organisation: me.organisation?.name,
      organisationId: me.organisation?.id,
      refusalBlockMonths: me.settings.refusalBlockMonths,
    };
  },

  async getPermissions(): Promise<Permissions | undefined> {
    // A visitor without a session has no permissions; an error here would make react-admin log
    // them out again and again (each logout clears the queries, which asks again) before the form shows.
    const me = await fetchMe().catch((error: { status?: number }) => {
      if (error?.status === 401) return null;
      throw error;
    });
    return me ? { role: me.role as Role, permissions: me.permissions ?? [] } : undefined;
  },
};
