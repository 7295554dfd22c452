// Accounts: an administrator never sets nor sees a password. A new account and a reset send the owner
// a single-use, expiring link; every change is audited and e-mailed to the owner and the managers.
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '@recours/testing';
import { PASSWORD, startTestApp, type TestContext } from '../../../test/test-app';

const NEW_PASSWORD = 'Violette grimpe au 3e étage!';
const tokenOf = (mail: ReceivedMail) => {
  const m = /#\/mot-de-passe\?jeton=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!m) throw new Error(`no link in: ${mail.text}`);
  return decodeURIComponent(m[1]);
};

describe('accounts: password links, notices, audit', () => {
  let sink: SmtpSink;
  let t: TestContext;
  let admin: string;
  let adminB: string;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_ADMIN_URL: 'https://recours.test', PASSWORD_LINK_HOURS: '2' });
    admin = await t.login(t.fx.users.admin.email);
    adminB = await t.login(t.fx.users.adminB.email);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  const mailsSince = async (before: number, count: number) => (await sink.waitFor(before + count)).slice(before);
  const choose = (token: string, password: string) => t.request('POST', '/api/auth/password-link/choose', { body: { token, password } });

  it('refuses a password from the administrator, on creation and on update', async () => {
    const create = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'pierre@test.recours.fr', displayName: 'Pierre', role: 'social_worker', organisationId: t.fx.orgA, password: NEW_PASSWORD },
    });
    expect(create.statusCode).toBe(400);
    expect(create.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
    const update = await t.request('PUT', `/api/users/${t.fx.users.sw.id}`, { cookie: admin, body: { password: NEW_PASSWORD } });
    expect(update.statusCode).toBe(400);
    expect(update.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
    expect(await t.login(t.fx.users.sw.email)).toMatch(/^recours_session=/);
  });

  it('creates an account without a password and e-mails its owner a single-use link; the managers are told', async () => {
    const before = sink.received.length;
    const r = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'Claire.Martin@test.recours.fr', displayName: 'Claire Martin', role: 'social_worker', organisationId: t.fx.orgA },
    });
    expect(r.statusCode).toBe(201);
    const id = r.body.id as string;
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [id]);
    expect(password_hash).toBeNull();
    // No password signs in before the owner chose one.
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'claire.martin@test.recours.fr', password: '' }, ip: '10.7.0.1' })).statusCode).toBe(401);

    const mails = await mailsSince(before, 2);
    const link = mails.find((m) => m.to[0] === 'claire.martin@test.recours.fr')!;
    expect(link.subject).toBe('Recours : activez votre compte');
    expect(link.text).toContain('https://recours.test/#/mot-de-passe?jeton=');
    const notice = mails.find((m) => m.to[0] === t.fx.users.manager.email)!;
    expect(notice.text).toMatch(/Le compte de Claire Martin \(claire\.martin@test\.recours\.fr, Travailleur·se social·e\) a été créé/);
    expect(notice.text).toContain('Par : User admin');
    // The database holds the token's hash only.
    const token = tokenOf(link);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM password_link WHERE user_id = $1 AND token_hash <> $2 AND purpose = 'invitation'`, [id, token]);
    expect(n).toBe(1);

    const info = await t.request('POST', '/api/auth/password-link/inspect', { body: { token } });
    expect(info.statusCode).toBe(200);
    expect(info.body).toMatchObject({ email: 'claire.martin@test.recours.fr', displayName: 'Claire Martin', purpose: 'invitation' });

    // The strength rule applies, and a refused password leaves the link usable.
    const weak = await choose(token, 'Claire.Martin.1');
    expect(weak.statusCode).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'password', message: 'ne doit pas reprendre votre nom ou votre adresse e-mail' }]);
    const chosen = sink.received.length;
    expect((await choose(token, NEW_PASSWORD)).statusCode).toBe(204);
    expect(await t.login('claire.martin@test.recours.fr', NEW_PASSWORD)).toMatch(/^recours_session=/);
    // Once only.
    const again = await choose(token, 'Une autre phrase de passe 42');
    expect(again.statusCode).toBe(404);
    expect(again.body.message).toMatch(/n’est plus valable/);
    expect((await t.request('POST', '/api/auth/password-link/inspect', { body: { token } })).statusCode).toBe(404);
    expect(await t.login('claire.martin@test.recours.fr', NEW_PASSWORD)).toMatch(/^recours_session=/);

    // Owner and manager are told the password was chosen; the owner's act is audited as theirs.
    const told = await mailsSince(chosen, 2);
    expect(told.map((m) => m.to[0]).sort()).toEqual(['claire.martin@test.recours.fr', t.fx.users.manager.email].sort());
    const events = await t.db.query(`SELECT actor_id, action, fields FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 ORDER BY occurred_at, id`, [id]);
    expect(events).toEqual([
      { actor_id: t.fx.users.admin.id, action: 'create', fields: ['email', 'displayName', 'role', 'organisationId'] },
      { actor_id: id, action: 'update', fields: ['password'] },
    ]);
  });

  it('resets a password: the old one and every session stop at once, the link works once; no e-mail holds a password', async () => {
    const sw = await t.login(t.fx.users.sw.email);
    const before = sink.received.length;
    const r = await t.request('POST', `/api/users/${t.fx.users.sw.id}/password-reset`, { cookie: admin });
    expect(r.statusCode).toBe(200);
    expect(new Date(r.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(2 * 3600_000 - 60_000);
    expect((await t.request('GET', '/api/auth/me', { cookie: sw })).statusCode).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.sw.email, password: PASSWORD }, ip: '10.7.0.2' })).statusCode).toBe(401);

    const mails = await mailsSince(before, 2);
    const link = mails.find((m) => m.to[0] === t.fx.users.sw.email)!;
    expect(link.subject).toBe('Recours : choisissez un nouveau mot de passe');
    expect(mails.find((m) => m.to[0] === t.fx.users.manager.email)!.text).toMatch(/mot de passe réinitialisé/);
    expect((await choose(tokenOf(link), NEW_PASSWORD)).statusCode).toBe(204);
    expect((await choose(tokenOf(link), NEW_PASSWORD)).statusCode).toBe(404);
    await t.login(t.fx.users.sw.email, NEW_PASSWORD);
    const audit = await t.db.query(`SELECT actor_id, fields FROM audit_event WHERE entity_id = $1 AND action = 'update' ORDER BY occurred_at`, [t.fx.users.sw.id]);
    expect(audit).toEqual([
      { actor_id: t.fx.users.admin.id, fields: ['password'] },
      { actor_id: t.fx.users.sw.id, fields: ['password'] },
    ]);
    // No e-mail ever carried a password (the fixtures' or the chosen one).
    for (const m of sink.received) {
      expect(m.raw).not.toContain(NEW_PASSWORD);
      expect(m.raw).not.toContain(PASSWORD);
    }
  });

  it('expires a link, and a newer link replaces the older one', async () => {
    const before = sink.received.length;
    await t.request('POST', `/api/users/${t.fx.users.sw2.id}/password-reset`, { cookie: admin });
    const first = tokenOf((await mailsSince(before, 1)).find((m) => m.to[0] === t.fx.users.sw2.email)!);
    const middle = sink.received.length;
    await t.request('POST', `/api/users/${t.fx.users.sw2.id}/password-reset`, { cookie: admin });
    const second = tokenOf((await mailsSince(middle, 1)).find((m) => m.to[0] === t.fx.users.sw2.email)!);
    expect((await choose(first, NEW_PASSWORD)).statusCode).toBe(404);
    await t.db.query(`UPDATE password_link SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`, [t.fx.users.sw2.id]);
    const expired = await choose(second, NEW_PASSWORD);
    expect(expired.statusCode).toBe(404);
    expect(expired.body.message).toMatch(/n’est plus valable/);
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [t.fx.users.sw2.id]);
    expect(password_hash).toBeNull();
  });

  it('notifies the owner (both addresses) and the managers of a change, and audits it', async () => {
    const before = sink.received.length;
    const r = await t.request('PUT', `/api/users/${t.fx.users.partner.id}`, { cookie: admin, body: { email: 'partner.new@test.recours.fr', displayName: 'Agent CAF' } });
    expect(r.statusCode).toBe(200);
    const mails = await mailsSince(before, 2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['partner.new@test.recours.fr', 'partner@test.recours.fr']);
    expect(mails[0].text).toMatch(/a été modifié \(adresse e-mail, nom affiché\)/);
    const [event] = await t.db.query(`SELECT actor_id, fields FROM audit_event WHERE entity_id = $1 AND action = 'update'`, [t.fx.users.partner.id]);
    expect(event).toEqual({ actor_id: t.fx.users.admin.id, fields: ['email', 'displayName'] });
  });

  it('lets no administrator of another territory reset, change or create accounts here (IDOR)', async () => {
    const before = sink.received.length;
    const reset = await t.request('POST', `/api/users/${t.fx.users.manager.id}/password-reset`, { cookie: adminB });
    expect(reset.statusCode).toBe(404);
    const update = await t.request('PUT', `/api/users/${t.fx.users.manager.id}`, { cookie: adminB, body: { email: 'mine@evil.test' } });
    expect(update.statusCode).toBe(404);
    const create = await t.request('POST', '/api/users', {
      cookie: adminB,
      body: { email: 'mine@evil.test', displayName: 'Intrus', role: 'manager', organisationId: t.fx.orgA },
    });
    expect(create.statusCode).toBe(400);
    // Nor may anyone but an administrator ask for a reset.
    const manager = await t.login(t.fx.users.manager.email);
    expect((await t.request('POST', `/api/users/${t.fx.users.sw.id}/password-reset`, { cookie: manager })).statusCode).toBe(403);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM password_link WHERE user_id = $1`, [t.fx.users.manager.id]);
    expect(n).toBe(0);
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = 'mine@evil.test'`)).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.received.length).toBe(before);
  });

  it('undoes the change when the mail server refuses it', async () => {
    const down = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9?connectionTimeout=500' });
    try {
      const cookie = await down.login(down.fx.users.admin.email);
      const r = await down.request('POST', '/api/users', {
        cookie,
        body: { email: 'nobody@test.recours.fr', displayName: 'Personne', role: 'social_worker', organisationId: down.fx.orgA },
      });
      expect(r.statusCode).toBe(503);
      expect(await down.db.query(`SELECT 1 FROM app_user WHERE email = 'nobody@test.recours.fr'`)).toEqual([]);
    } finally {
      await down.close();
    }
  });
});
