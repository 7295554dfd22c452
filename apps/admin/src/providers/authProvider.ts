import type { AuthProvider, UserIdentity } from 'react-admin';
import type { Role } from '../labels';
import { API_URL, httpClient } from './http';

/** GET /api/auth/me */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string; kind: string };
  territory?: { id: string; code: string; name: string };
  /** Coarse permissions of the role, to adapt the UI; the API decides on every request. */
  permissions: string[];
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
    };
  },

  async getPermissions(): Promise<Permissions> {
    const me = await fetchMe();
    return { role: me.role, permissions: me.permissions ?? [] };
  },
};
