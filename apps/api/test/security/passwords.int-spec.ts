// Password rules on every password an account receives (the person chooses it through their link):
// strength estimator with French words and the person's own details, and a shipped list of leaked passwords.
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { startTestApp, type TestContext } from '../test-app';

describe('password rules', () => {
  let sink: SmtpSink;
  let t: TestContext;
  let token: string;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url });
    const admin = await t.login(t.fx.users.admin.email);
    const r = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'claire.martin@test.recours.fr', displayName: 'Claire Martin', role: 'social_worker', organisationId: t.fx.orgA },
    });
    expect(r.statusCode).toBe(201);
    const mails = await sink.waitFor(1);
    const link = mails.find((m) => m.to[0] === 'claire.martin@test.recours.fr')!;
    token = /jeton=([A-Za-z0-9_-]{43})/.exec(link.text)![1];
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const choose = (password: string) => t.request('POST', '/api/auth/password-link/choose', { body: { token, password } });

  it('refuses a short, a long but guessable, a leaked and a personal password, naming the field', async () => {
    for (const [password, message] of [
      ['court', /^doit faire au moins 12 caractères/],
      ['aaaaaaaaaaaa', /^mot de passe trop facile à deviner/],
      ['motdepasse2026', /divulgués/],
      ['Claire.Martin.1', /votre nom/],
    ] as const) {
      const r = await choose(password);
      expect({ password, status: r.statusCode }).toEqual({ password, status: 400 });
      expect(r.body.errors[0].field).toBe('password');
      expect(r.body.errors[0].message).toMatch(message);
    }
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'claire.martin@test.recours.fr'`);
    expect(password_hash).toBeNull();
  });

  it('accepts a passphrase', async () => {
    expect((await choose('Violette grimpe au 3e étage!')).statusCode).toBe(204);
    expect(await t.login('claire.martin@test.recours.fr', 'Violette grimpe au 3e étage!')).toMatch(/^recours_session=/);
  });
});
