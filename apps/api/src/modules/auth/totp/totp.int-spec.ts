// Second factor (TOTP): optional per user, required for admins (enrolment forced before any other
// route), asked after the password, codes never accepted twice and throttled like passwords,
// single-use recovery codes stored hashed, every change audited and e-mailed to the owner.
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { generate } from 'otplib';
import { PASSWORD, startTestApp, type TestContext } from '../../../../test/test-app';

const PERIOD = 30;

describe('second factor (TOTP)', () => {
  let sink: SmtpSink;
  let t: TestContext;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_ADMIN_URL: 'https://recours.test' });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  let ipSeq = 0;
  const freshIp = () => `10.42.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;
  const passwordOnly = (email: string, ip = freshIp()) => t.request('POST', '/api/auth/login', { body: { email, password: PASSWORD }, ip });
  /** A code of another time step than `now`'s (the previous one is still accepted: clock drift). */
  const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * PERIOD });
  const events = (userId: string) =>
    t.db.query(`SELECT action, entity_type, fields FROM audit_event WHERE actor_id = $1 AND entity_type IN ('user', 'session') ORDER BY occurred_at, action::text DESC`, [userId]);

  /** Enrols from an open session; returns the secret and the recovery codes. */
  const enrol = async (cookie: string) => {
    const start = await t.request('POST', '/api/auth/totp/enrolment', { cookie });
    expect(start.statusCode).toBe(200);
    const confirm = await t.request('POST', '/api/auth/totp/enrolment/confirm', { cookie, body: { code: await codeAt(start.body.secret) } });
    expect(confirm.statusCode).toBe(200);
    return { secret: start.body.secret as string, recoveryCodes: confirm.body.recoveryCodes as string[], cookie: confirm.cookie };
  };

  it('forces an admin without a second factor to enrol before any other route, then signs them in fully', async () => {
    const { id, email } = t.fx.users.adminB;
    await t.db.query(`UPDATE app_user SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1`, [id]);
    const login = await passwordOnly(email);
    expect(login.statusCode).toBe(200);
    expect(login.body.twoFactor).toEqual({ enabled: false, required: true, pending: 'enrolment' });
    const pending = login.cookie!;
    // Nothing but the enrolment (and who am I, sign out) until it is done.
    for (const [method, url] of [['GET', '/api/users'], ['GET', '/api/organisations'], ['GET', '/api/stats/funnel'], ['POST', '/api/users']] as const) {
      const r = await t.request(method, url, { cookie: pending, body: method === 'POST' ? {} : undefined });
      expect(r.statusCode).toBe(403);
      expect(r.body.message).toBe('Activez la double authentification pour continuer');
    }
    expect((await t.request('GET', '/api/auth/me', { cookie: pending })).body.twoFactor.pending).toBe('enrolment');
    expect((await t.request('GET', '/api/health', { cookie: pending })).body).toEqual({ status: expect.any(String) });
    expect(await events(id)).toEqual([]); // no sign-in yet

    const start = await t.request('POST', '/api/auth/totp/enrolment', { cookie: pending });
    expect(start.statusCode).toBe(200);
    expect(start.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.body.uri).toBe(`otpauth://totp/Recours:${encodeURIComponent(email)}?secret=${start.body.secret}&issuer=Recours`);
    const wrong = await t.request('POST', '/api/auth/totp/enrolment/confirm', { cookie: pending, body: { code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'code', message: 'Code incorrect, expiré ou déjà utilisé' }]);

    const before = sink.received.length;
    const confirm = await t.request('POST', '/api/auth/totp/enrolment/confirm', { cookie: pending, body: { code: await codeAt(start.body.secret) } });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirm.body.recoveryCodes).size).toBe(10);
    // A new session under a new token; the password-only one is gone.
    const full = confirm.cookie!;
    expect(full).not.toBe(pending);
    expect((await t.request('GET', '/api/users', { cookie: pending })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/users', { cookie: full })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { cookie: full })).body.twoFactor).toEqual({ enabled: true, required: true, pending: null });

    // Recovery codes stored as argon2id hashes only.
    const stored: { code_hash: string }[] = await t.db.query(`SELECT code_hash FROM totp_recovery_code WHERE user_id = $1`, [id]);
    expect(stored).toHaveLength(10);
    for (const s of stored) expect(s.code_hash).toMatch(/^\$argon2id\$/);
    expect(stored.map((s) => s.code_hash).join()).not.toContain(confirm.body.recoveryCodes[0]);
    expect(await events(id)).toEqual([
      { action: 'update', entity_type: 'user', fields: ['totp'] },
      { action: 'login', entity_type: 'session', fields: [] },
    ]);
    const mails = await sink.waitFor(before + 2);
    const owner = mails.slice(before).find((m) => m.to[0] === email)!;
    expect(owner.text).toContain('a été modifié (double authentification)');
    // The managers told are those of the admin's own organisation, never another's.
    expect(mails.slice(before).map((m) => m.to[0])).not.toContain(t.fx.users.manager.email);
    expect(mails.slice(before).map((m) => m.to[0])).toContain(t.fx.users.managerB.email);
  });

  it('asks the code after the password once enrolled; a code is accepted once; recovery codes are single use', async () => {
    const { id, email } = t.fx.users.sw;
    const first = await t.login(email);
    const { secret, recoveryCodes } = await enrol(first);

    const login = await passwordOnly(email);
    expect(login.body.twoFactor).toEqual({ enabled: true, required: false, pending: 'code' });
    const pending = login.cookie!;
    const blocked = await t.request('GET', '/api/households', { cookie: pending });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.body.message).toBe('Saisissez le code de votre application d’authentification');
    expect((await t.request('POST', '/api/auth/totp/verify', { cookie: pending, body: { code: '123456' } })).statusCode).toBe(401);

    // The next step's code (the enrolment used the current one): accepted, then never again.
    const code = await codeAt(secret, 1);
    const ok = await t.request('POST', '/api/auth/totp/verify', { cookie: pending, body: { code } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toMatchObject({ email, twoFactor: { pending: null } });
    expect((await t.request('GET', '/api/households', { cookie: ok.cookie })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/households', { cookie: pending })).statusCode).toBe(401);
    const replay = await t.request('POST', '/api/auth/totp/verify', { cookie: (await passwordOnly(email)).cookie, body: { code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.body.message).toBe('Code incorrect, expiré ou déjà utilisé');
    // Nor an older one still within the drift window.
    expect((await t.request('POST', '/api/auth/totp/verify', { cookie: (await passwordOnly(email)).cookie, body: { code: await codeAt(secret) } })).statusCode).toBe(401);

    // A recovery code, typed loosely, signs in once; the owner is told.
    const before = sink.received.length;
    const typed = ` ${recoveryCodes[3].toUpperCase().replace('-', ' ')} `;
    const rescue = await t.request('POST', '/api/auth/totp/verify', { cookie: (await passwordOnly(email)).cookie, body: { recoveryCode: typed } });
    expect(rescue.statusCode).toBe(200);
    const again = await t.request('POST', '/api/auth/totp/verify', { cookie: (await passwordOnly(email)).cookie, body: { recoveryCode: recoveryCodes[3] } });
    expect(again.statusCode).toBe(401);
    expect((await t.request('GET', '/api/auth/totp', { cookie: rescue.cookie })).body).toEqual({ enabled: true, required: false, recoveryCodesLeft: 9 });
    const told = (await sink.waitFor(before + 1)).slice(before).find((m) => m.to[0] === email)!;
    expect(told.text).toContain('code de secours');
    expect((await events(id)).filter((e: { entity_type: string }) => e.entity_type === 'user')).toEqual([
      { action: 'update', entity_type: 'user', fields: ['totp'] },
      { action: 'update', entity_type: 'user', fields: ['recoveryCode'] },
    ]);
  });

  it('throttles codes like passwords: past the free attempts even the right code waits', async () => {
    const { email } = t.fx.users.manager;
    const { secret } = await enrol(await t.login(email));
    const ip = freshIp();
    const pending = (await passwordOnly(email, ip)).cookie!;
    for (let i = 0; i < 6; i++) {
      expect((await t.request('POST', '/api/auth/totp/verify', { cookie: pending, ip, body: { code: `00000${i}` } })).statusCode).toBe(401);
    }
    const waited = await t.request('POST', '/api/auth/totp/verify', { cookie: pending, ip, body: { code: await codeAt(secret, 1) } });
    expect(waited.statusCode).toBe(429);
    expect(waited.body.message).toMatch(/^Trop de tentatives de connexion\. Réessayez dans \d+ s\.$/);
  });

  it('never accepts a code of another account, nor lets one act on another account', async () => {
    // swB (another organisation) knows their password only; sw's valid code does not finish their sign-in.
    const sw = t.fx.users.sw2;
    const { secret } = await enrol(await t.login(sw.email));
    const swB = t.fx.users.swB;
    await enrol(await t.login(swB.email));
    const pendingB = (await passwordOnly(swB.email)).cookie!;
    expect((await t.request('POST', '/api/auth/totp/verify', { cookie: pendingB, body: { code: await codeAt(secret, 1) } })).statusCode).toBe(401);
    // The routes take no account id: a full session of swB changes only swB's own second factor.
    const fullB = await t.login(swB.email);
    expect((await t.request('DELETE', '/api/auth/totp', { cookie: fullB, body: { code: await codeAt(secret, 1) } })).statusCode).toBe(400);
    const [own] = await t.db.query(`SELECT totp_enabled_at FROM app_user WHERE id = $1`, [sw.id]);
    expect(own.totp_enabled_at).not.toBeNull();
  });

  it('lets a social worker turn it off with a current code, never an admin', async () => {
    const { id, email } = t.fx.users.partner;
    const { secret } = await enrol(await t.login(email));
    const cookie = await t.login(email);
    const off = await t.request('DELETE', '/api/auth/totp', { cookie, body: { code: await codeAt(secret, 1) } });
    expect(off.statusCode).toBe(204);
    expect(await t.db.query(`SELECT 1 FROM totp_recovery_code WHERE user_id = $1`, [id])).toEqual([]);
    expect((await passwordOnly(email)).body.twoFactor).toEqual({ enabled: false, required: false, pending: null });

    const admin = await t.login(t.fx.users.admin.email);
    const refused = await t.request('DELETE', '/api/auth/totp', { cookie: admin, body: { code: '123456' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.body.message).toBe('La double authentification est obligatoire pour les administrateurs');
  });
});
