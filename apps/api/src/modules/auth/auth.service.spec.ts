import type { DataSource } from 'typeorm';
import * as passwords from '../../common/auth/passwords';
import type { SessionService } from '../../common/auth/session.service';
import { TooManyRequestsError, UnauthorizedError } from '../../common/errors/domain-errors';
import { loadConfig } from '../../config/config';
import type { AuditService } from '../audit/audit.service';
import { AttemptThrottle } from './attempt-throttle';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';

jest.mock('../../common/auth/passwords', () => {
  const real = jest.requireActual('../../common/auth/passwords');
  return { ...real, verifyPassword: jest.fn(real.verifyPassword) };
});
const verify = passwords.verifyPassword as jest.MockedFunction<typeof passwords.verifyPassword>;

/** Fake DataSource answering the throttle claim (blocked or not) and the user lookup; records queries. */
function fakeDb(throttle: { blocked: boolean }, user?: object) {
  const queries: string[] = [];
  const query = async (sql: string) => {
    queries.push(sql);
    if (sql.includes('INSERT INTO login_throttle')) return throttle.blocked ? [] : [{ attempts: 1 }];
    if (sql.includes('blocked_until - now()')) return [{ secs: 3 }];
    if (sql.includes('FROM app_user WHERE email')) return user ? [user] : [];
    return [];
  };
  return { db: { query, transaction: async () => undefined } as unknown as DataSource, queries };
}

const service = (db: DataSource) => {
  const config = loadConfig({ NODE_ENV: 'test' });
  const repo = new AuthRepository(db);
  return new AuthService(db, repo, {} as SessionService, {} as AuditService, new AttemptThrottle(repo, config), config);
};

describe('AuthService.login', () => {
  beforeEach(() => verify.mockClear());

  it('refuses with 429 and the wait, before checking the password, when the attempt cannot be claimed', async () => {
    const { db } = fakeDb({ blocked: true });
    await expect(service(db).login('a@b.fr', 'x', '1.2.3.4')).rejects.toEqual(new TooManyRequestsError('Trop de tentatives de connexion. Réessayez dans 3 s.'));
    expect(verify).not.toHaveBeenCalled();
  });

  it('counts the attempt before running argon2 against a dummy hash when the account does not exist', async () => {
    verify.mockResolvedValueOnce(false);
    const { db, queries } = fakeDb({ blocked: false });
    await expect(service(db).login('Nobody@B.fr ', 'whatever', '1.2.3.4')).rejects.toEqual(new UnauthorizedError('Identifiant ou mot de passe incorrect'));
    expect(verify).toHaveBeenCalledWith(undefined, 'whatever');
    expect(queries.filter((q) => q.includes('INSERT INTO login_throttle'))).toHaveLength(2);
  });

  it('refuses a disabled account with the same error even when the password is right', async () => {
    verify.mockResolvedValueOnce(true);
    const { db } = fakeDb({ blocked: false }, { id: 'u', password_hash: 'h', active: false, organisation_id: 'o' });
    await expect(service(db).login('a@b.fr', 'right', '1.2.3.4')).rejects.toEqual(new UnauthorizedError('Identifiant ou mot de passe incorrect'));
  });
});

describe('verifyPassword', () => {
  it('never accepts the dummy hash path', async () => {
    expect(await passwords.verifyPassword(undefined, 'recours-dummy-password-for-timing')).toBe(false);
    const hash = await passwords.hashPassword('a-long-password');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await passwords.verifyPassword(hash, 'a-long-password')).toBe(true);
    expect(await passwords.verifyPassword(hash, 'another-password')).toBe(false);
  });
});
