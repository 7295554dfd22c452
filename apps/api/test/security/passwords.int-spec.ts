// Password rules on every password an account receives: strength estimator with French words and the
// person's own details, and a shipped list of leaked passwords.
import { startTestApp, type TestContext } from '../test-app';

describe('password rules', () => {
  let t: TestContext;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(t.fx.users.admin.email);
  });
  afterAll(() => t.close());

  const create = (password: string) =>
    t.request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'claire.martin@test.recours.fr', displayName: 'Claire Martin', role: 'social_worker', organisationId: t.fx.orgA, password },
    });

  it('refuses a long but guessable, a leaked and a personal password, naming the field', async () => {
    for (const [password, message] of [
      ['aaaaaaaaaaaa', /^mot de passe trop facile à deviner/],
      ['motdepasse2026', /divulgués/],
      ['Claire.Martin.1', /votre nom/],
    ] as const) {
      const r = await create(password);
      expect({ password, status: r.statusCode }).toEqual({ password, status: 400 });
      expect(r.body.errors[0].field).toBe('password');
      expect(r.body.errors[0].message).toMatch(message);
    }
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = 'claire.martin@test.recours.fr'`)).toEqual([]);
  });

  it('accepts a passphrase, and applies the same rules to a new password', async () => {
    const r = await create('Violette grimpe au 3e étage!');
    expect(r.statusCode).toBe(201);
    const weak = await t.request('PUT', `/api/users/${r.body.id}`, { cookie: admin, body: { password: 'azertyuiop123' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.body.errors[0].field).toBe('password');
  });
});
