import type { DataSource } from 'typeorm';
import * as passwords from '../../common/auth/passwords';
import type { SessionService } from '../../common/auth/session.service';
import { TooManyRequestsError, UnauthorizedError } from '../../common/errors/domain-errors';
import { loadConfig } from '../../config/config';
import type { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';

jest.mock('../../common/auth/passwords', () => {
  const real = jest.requireActual('../../common/auth/passwords');
  return { ...real, verifyPassword: jest.fn(real.verifyPassword) };
});
const verify = passwords.verifyPassword as jest.MockedFunction<typeof passwords.verifyPassword>;

/** Fake DataSource answering the throttle count and the user lookup; records inserts. */
function fakeDb(counts: { by_email: number; by_ip: number }, user?: object) {
  const queries: string[] = [];
  const query = async (sql: string) => {
    queries.push(sql);
    if (sql.includes('FROM login_attempt WHERE attempted_at')) return [counts];
    if (sql.includes('FROM app_user WHERE email')) return user ? [user] : [];
    return [];
  };
  return { db: { query, transaction: async () => undefined } as unknown as DataSource, queries };
}

const service = (db: DataSource) => new AuthService(db, new AuthRepository(db), {} as SessionService, {} as AuditService, loadConfig({ NODE_ENV: 'test' }));

describe('AuthService.login', () => {
  beforeEach(() => verify.mockClear());

  it('refuses with 429 before checking the password once the account has 5 failures', async () => {
    const { db } = fakeDb({ by_email: 5, by_ip: 0 });
    await expect(service(db).login('a@b.fr', 'x', '1.2.3.4')).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(verify).not.toHaveBeenCalled();
  });

  it('runs argon2 against a dummy hash when the account does not exist, and records the failure', async () => {
    verify.mockResolvedValueOnce(false);
    const { db, queries } = fakeDb({ by_email: 0, by_ip: 0 });
    await expect(service(db).login('Nobody@B.fr ', 'whatever', '1.2.3.4')).rejects.toEqual(new UnauthorizedError('Identifiant ou mot de passe incorrect'));
    expect(verify).toHaveBeenCalledWith(undefined, 'whatever');
    expect(queries.some((q) => q.includes('INSERT INTO login_attempt'))).toBe(true);
  });

  it('refuses a disabled account with the same error even when the password is right', async () => {
    verify.mockResolvedValueOnce(true);
    const { db } = fakeDb({ by_email: 0, by_ip: 0 }, { id: 'u', password_hash: 'h', active: false, organisation_id: 'o' });
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
