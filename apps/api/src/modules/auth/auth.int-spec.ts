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

  const login = (email: string, password: string, ip: string) => t.request('POST', '/api/auth/login', { body: { email, password }, ip });
  const unblock = (email: string, ip: string) => t.db.query(`UPDATE login_throttle SET blocked_until = now() WHERE ip = $2 AND email IN ($1, '')`, [email, ip]);

  it('slows down guesses on one account from one address with growing delays, the same for unknown accounts', async () => {
    const email = t.fx.users.swB.email;
    const ip = '10.1.0.1';
    for (let i = 0; i < 5; i++) expect((await login(email, `wrong-${i}-password`, ip)).statusCode).toBe(401);
    // The 6th attempt is still checked and makes the next one wait 1 s; the 7th then waits.
    expect((await login(email, 'wrong-5-password', ip)).statusCode).toBe(401);
    const blocked = await login(email, 'correct-horse-battery', ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body.message).toMatch(/^Trop de tentatives de connexion\. Réessayez dans \d+ s\.$/);
    // Each checked attempt past the free ones doubles the wait: 1 s, 2 s, 4 s.
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await unblock(email, ip);
      expect((await login(email, `again-${i}-wrong`, ip)).statusCode).toBe(401);
      const [{ secs }] = await t.db.query(`SELECT round(extract(epoch FROM blocked_until - last_attempt_at))::int AS secs FROM login_throttle WHERE email = $1 AND ip = $2`, [email, ip]);
      waits.push(secs);
    }
    expect(waits).toEqual([2, 4, 8]);
    // Same answers for an address that matches no account.
    for (let i = 0; i < 6; i++) await login('ghost@test.recours.fr', `wrong-${i}-password`, '10.1.0.2');
    const ghost = await login('ghost@test.recours.fr', 'x-password-xx', '10.1.0.2');
    expect(ghost.statusCode).toBe(429);
    // Once the wait is over, the right password signs in and clears the pair.
    await unblock(email, ip);
    expect((await login(email, 'correct-horse-battery', ip)).statusCode).toBe(200);
    expect(await t.db.query('SELECT 1 FROM login_throttle WHERE email = $1 AND ip = $2', [email, ip])).toEqual([]);
  });

  it('never locks the owner out: guesses from another address do not slow the account down', async () => {
    const email = t.fx.users.managerB.email;
    for (let i = 0; i < 12; i++) await login(email, `attacker-${i}-guess`, '10.66.0.1');
    expect((await login(email, 'correct-horse-battery', '10.66.0.1')).statusCode).toBe(429);
    expect((await login(email, 'correct-horse-battery', '10.5.5.5')).statusCode).toBe(200);
  });

  it('counts simultaneous guesses atomically: 40 at once check at most 6 passwords', async () => {
    const email = t.fx.users.sw2.email;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(email, `parallel-${i}-guess`, '10.7.7.7')));
    const checked = answers.filter((r) => r.statusCode === 401).length;
    expect(answers.filter((r) => r.statusCode === 429).length).toBe(40 - checked);
    expect(checked).toBeLessThanOrEqual(6);
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it('throttles one address across accounts (password spraying)', async () => {
    const ip = '10.3.3.3';
    for (let i = 0; i < 9; i++) await login(`someone${i}@test.recours.fr`, 'wrong-password!!', ip);
    expect((await login(t.fx.users.adminB.email, 'correct-horse-battery', ip)).statusCode).toBe(429);
    expect((await login(t.fx.users.adminB.email, 'correct-horse-battery', '10.3.3.4')).statusCode).toBe(200);
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
