import type { AuthProvider, UserIdentity } from 'react-admin';
import { HttpError } from 'react-admin';
import { API_URL, httpClient } from './http';
import type { Role } from '../labels';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisation?: { id: string; name: string } | null;
}

// One /me request per page load, shared by checkAuth, getIdentity and getPermissions.
let mePromise: Promise<Me> | null = null;

const fetchMe = (): Promise<Me> => {
  mePromise ??= httpClient(`${API_URL}/auth/me`)
    .then(({ json }) => (json?.user ?? json) as Me)
    .catch((error: unknown) => {
      mePromise = null;
      throw error;
    });
  return mePromise;
};

export const authProvider: AuthProvider = {
  async login({ email, username, password }: { email?: string; username?: string; password: string }) {
    mePromise = null;
    try {
      await httpClient(`${API_URL}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: email ?? username, password }),
      });
    } catch (error) {
      if (error instanceof HttpError && error.status === 401 && !error.body?.message) {
        throw new Error('Adresse e-mail ou mot de passe incorrect.');
      }
      // The API's French message (wrong credentials, deactivated account, 429 throttling).
      throw error;
    }
  },

  async logout() {
    mePromise = null;
    // Also called after a 401: the request then fails harmlessly.
    await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    await fetchMe();
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      mePromise = null;
      throw new Error('Votre session a expiré. Veuillez vous reconnecter.');
    }
    // 403 and 404 are answers about one record, not about the session: stay signed in.
  },

  async getIdentity(): Promise<UserIdentity> {
    const me = await fetchMe();
    return {
      id: me.id,
      fullName: me.displayName,
      email: me.email,
      role: me.role,
      organisation: me.organisation?.name,
      organisationId: me.organisationId,
    };
  },

  async getPermissions() {
    const me = await fetchMe();
    return me.role;
  },
};
