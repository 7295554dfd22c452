import { useGetIdentity, type AuthProvider, type UserIdentity } from 'react-admin';
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

export const can = (p: Permissions | undefined, permission: string) => !!p?.permissions.includes(permission);

// One /me request per page load, shared by checkAuth, getIdentity and getPermissions.
let mePromise: Promise<Me> | null = null;

const fetchMe = (): Promise<Me> => {
  mePromise ??= httpClient(`${API_URL}/auth/me`)
    .then(({ json }) => json as Me)
    .catch((error: unknown) => {
      mePromise = null;
      throw error;
    });
  return mePromise;
};

export const authProvider: AuthProvider = {
  async login({ email, username, password }: { email?: string; username?: string; password: string }) {
    // The API answers with the same body as /me: no second request needed.
    const { json } = await httpClient(`${API_URL}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: email ?? username, password }),
    });
    mePromise = Promise.resolve(json as Me);
    // Failures reject with the API's French message (wrong credentials, throttling).
  },

  async logout() {
    mePromise = null;
    // Also called after a 401: the request then fails harmlessly.
    await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    try {
      await fetchMe();
    } catch {
      // Not signed in yet: go to the sign-in page without an error notification.
      throw { message: false };
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      mePromise = null;
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
      refusalBlockMonths: me.settings.refusalBlockMonths,
    };
  },

  async getPermissions(): Promise<Permissions> {
    const me = await fetchMe();
    return { role: me.role as Role, permissions: me.permissions ?? [] };
  },
};
