import { startTestApp, type TestContext } from '../../../test/test-app';

describe('auth (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '8' });
  });
  afterAll(() => t.close());

  it('logs in, sets an httpOnly SameSite=Lax cookie, answers /me and logs out', async () => {
    const login = await t.request('POST', '/api/auth/login', { body: { email: '  SW@test.recours.fr ', password: 'correct-horse-battery' } });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^recours_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // only in production
    expect(login.body).toMatchObject({ email: 'sw@test.recours.fr', role: 'social_worker', organisation: { id: t.fx.orgA, name: 'CD Creuse', kind: 'conseil_departemental' }, territory: { id: t.fx.territoryA, code: '23' } });
    expect(login.body).not.toHaveProperty('passwordHash');

    const me = await t.request('GET', '/api/auth/me', { cookie: login.cookie });
    expect(me.statusCode).toBe(200);
    expect(me.body).toMatchObject({ id: t.fx.users.sw.id, displayName: 'User sw' });

    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND action = 'login'`, [t.fx.users.sw.id]);
    expect(n).toBe(1);

    const out = await t.request('POST', '/api/auth/logout', { cookie: login.cookie });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/recours_session=;/);
    expect((await t.request('GET', '/api/auth/me', { cookie: login.cookie })).statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await t.login(t.fx.users.manager.email);
    const token = cookie.split('=')[1];
    const rows = await t.db.query('SELECT token_hash FROM session WHERE user_id = $1', [t.fx.users.manager.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).not.toContain(token);
  });

  it('answers 401 without a session, with a forged cookie, and the same message for unknown e-mail, wrong password and disabled account', async () => {
    expect((await t.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await t.request('GET', '/api/auth/me', { cookie: 'recours_session=forged' })).statusCode).toBe(401);
    const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'nobody@test.recours.fr', password: 'whatever-password' }, ip: '10.9.0.1' });
    const wrong = await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.sw2.email, password: 'wrong-password!!' }, ip: '10.9.0.2' });
    const disabled = await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.disabled.email, password: 'correct-horse-battery' }, ip: '10.9.0.3' });
    for (const r of [unknown, wrong, disabled]) {
      expect(r.statusCode).toBe(401);
      expect(r.body).toEqual({ statusCode: 401, message: 'Identifiant ou mot de passe incorrect' });
      expect(r.headers['set-cookie']).toBeUndefined();
    }
  });

  it('throttles failed attempts per account (5 per window → 429), even with the right password, without revealing the account', async () => {
    const email = t.fx.users.swB.email;
    for (let i = 0; i < 5; i++) {
      const r = await t.request('POST', '/api/auth/login', { body: { email, password: `wrong-${i}-password` }, ip: `10.1.0.${i}` });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.request('POST', '/api/auth/login', { body: { email, password: 'correct-horse-battery' }, ip: '10.1.0.99' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body.message).toMatch(/Trop de tentatives de connexion/);
    // Same answer for an address that matches no account.
    for (let i = 0; i < 5; i++) {
      await t.request('POST', '/api/auth/login', { body: { email: 'ghost@test.recours.fr', password: `wrong-${i}-password` }, ip: `10.2.0.${i}` });
    }
    const ghost = await t.request('POST', '/api/auth/login', { body: { email: 'ghost@test.recours.fr', password: 'x-password-xx' }, ip: '10.2.0.99' });
    expect(ghost.statusCode).toBe(429);
    expect(ghost.body).toEqual(blocked.body);
    // The window slides: once the failures are old, the account can sign in again.
    await t.db.query(`UPDATE login_attempt SET attempted_at = now() - interval '16 minutes' WHERE email = $1`, [email]);
    expect((await t.request('POST', '/api/auth/login', { body: { email, password: 'correct-horse-battery' }, ip: '10.1.0.98' })).statusCode).toBe(200);
  });

  it('throttles failed attempts per IP across accounts', async () => {
    const ip = '10.3.3.3';
    for (let i = 0; i < 8; i++) {
      await t.request('POST', '/api/auth/login', { body: { email: `someone${i}@test.recours.fr`, password: 'wrong-password!!' }, ip });
    }
    const r = await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.adminB.email, password: 'correct-horse-battery' }, ip });
    expect(r.statusCode).toBe(429);
    expect((await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.adminB.email, password: 'correct-horse-battery' }, ip: '10.3.3.4' })).statusCode).toBe(200);
  });

  it('expires a session after SESSION_IDLE_MINUTES of inactivity', async () => {
    const cookie = await t.login(t.fx.users.sw2.email);
    expect((await t.request('GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
    await t.db.query(`UPDATE session SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`, [t.fx.users.sw2.id]);
    expect((await t.request('GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
    // The request above refreshed last_seen_at; go idle past the limit.
    await t.db.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [t.fx.users.sw2.id]);
    const expired = await t.request('GET', '/api/auth/me', { cookie });
    expect(expired.statusCode).toBe(401);
    expect(expired.body.message).toMatch(/Session expirée/);
  });

  it('ends every session of a user as soon as an admin disables the account', async () => {
    const victim = await t.login(t.fx.users.manager.email);
    const admin = await t.login(t.fx.users.admin.email);
    expect((await t.request('GET', '/api/households', { cookie: victim })).statusCode).toBe(200);
    const r = await t.request('PUT', `/api/users/${t.fx.users.manager.id}`, { cookie: admin, body: { active: false } });
    expect(r.statusCode).toBe(200);
    expect(r.body.active).toBe(false);
    expect((await t.request('GET', '/api/households', { cookie: victim })).statusCode).toBe(401);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM session WHERE user_id = $1', [t.fx.users.manager.id]);
    expect(n).toBe(0);
    // Even a session row left behind would be refused: the lookup joins on active users.
    await t.db.query(`UPDATE app_user SET active = true WHERE id = $1`, [t.fx.users.manager.id]);
    const again = await t.login(t.fx.users.manager.email);
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [t.fx.users.manager.id]);
    expect((await t.request('GET', '/api/auth/me', { cookie: again })).statusCode).toBe(401);
    await t.db.query(`UPDATE app_user SET active = true WHERE id = $1`, [t.fx.users.manager.id]);
  });

  it('validates the login body', async () => {
    const r = await t.request('POST', '/api/auth/login', { body: { email: 'not-an-email', password: 12, remember: true } });
    expect(r.statusCode).toBe(400);
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'doit être une adresse e-mail valide' },
        { field: 'password', message: 'doit être un texte' },
        { field: 'remember', message: 'champ inconnu' },
      ]),
    );
  });
});
