// The first administrator of a production installation: `create-admin` makes the account without a
// password, its owner gets the single-use link by e-mail, chooses a password, must enrol the second
// factor, and is then a working admin. Runs the real command (a child process) against the real database.
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '@recours/testing';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { generate } from 'otplib';
import { createAdmin } from '../../cli/create-admin';
import { loadConfig } from '../../config/config';
import { startTestApp, type TestContext } from '../../../test/test-app';

const ROOT = path.resolve(__dirname, '../../../../..');
const PASSWORD = 'Violette grimpe au 3e étage!';
const tokenOf = (mail: ReceivedMail) => {
  const m = /#\/mot-de-passe\?jeton=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!m) throw new Error(`no link in: ${mail.text}`);
  return decodeURIComponent(m[1]);
};

describe('create-admin: the first administrator of an installation', () => {
  let sink: SmtpSink;
  let t: TestContext;
  let env: Record<string, string>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_ADMIN_URL: 'https://recours.test' });
    // As in the production image: NODE_ENV=production, its required secrets, a real mail server.
    env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: t.config.databaseUrl,
      SMTP_URL: sink.url,
      PUBLIC_ADMIN_URL: 'https://recours.test',
      REFUSAL_IDENTITY_SECRET: 'a-test-secret-of-at-least-32-characters',
    };
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const run = (args: string[], extraEnv: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['tools/run-ts.cjs', 'apps/api/src/cli/create-admin.ts', ...args], { cwd: ROOT, env: { ...env, ...extraEnv } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  const count = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { n: number }[])[0].n;

  it('creates territory, organisation and a password-less admin, e-mails the link; the owner chooses a password, enrols TOTP and administers', async () => {
    const before = sink.received.length;
    const r = await run(['--email', ' Prem.Admin@Haute-Vienne.fr ', '--name', 'Camille Prem', '--territory', '87', '--territory-name', 'Haute-Vienne', '--organisation', 'Conseil départemental de la Haute-Vienne']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Compte administrateur créé : prem\.admin@haute-vienne\.fr \(Conseil départemental de la Haute-Vienne ; territoire créé, organisation créée\)/);

    const [user] = await t.db.query(
      `SELECT u.id, u.role, u.active, u.password_hash, u.totp_secret, o.kind, o.name AS org, tr.code, tr.name AS territory
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id JOIN territory tr ON tr.id = o.territory_id WHERE u.email = 'prem.admin@haute-vienne.fr'`,
    );
    expect(user).toMatchObject({ role: 'admin', active: true, password_hash: null, totp_secret: null, kind: 'conseil_departemental', code: '87', territory: 'Haute-Vienne' });
    const events = await t.db.query(`SELECT actor_id, action, entity_type, fields FROM audit_event WHERE actor_id = $1 ORDER BY entity_type`, [user.id]);
    expect(events).toEqual([
      { actor_id: user.id, action: 'create', entity_type: 'user', fields: ['email', 'displayName', 'role', 'organisationId'] },
      { actor_id: user.id, action: 'create', entity_type: 'organisation', fields: ['name', 'kind'] },
    ]);

    // One e-mail (a new organisation has no manager to tell), carrying the link and no password.
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(sink.received.length).toBe(before + 1);
    expect(mail.to).toEqual(['prem.admin@haute-vienne.fr']);
    expect(mail.subject).toBe('Recours : activez votre compte');
    expect(mail.text).toContain('https://recours.test/#/mot-de-passe?jeton=');
    const token = tokenOf(mail);

    // No password signs in until the owner chose one.
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'prem.admin@haute-vienne.fr', password: PASSWORD }, ip: '10.9.0.1' })).statusCode).toBe(401);
    expect((await t.request('POST', '/api/auth/password-link/choose', { body: { token, password: PASSWORD } })).statusCode).toBe(204);
    expect((await t.request('POST', '/api/auth/password-link/choose', { body: { token, password: PASSWORD } })).statusCode).toBe(404);

    // An admin must enrol a second factor before anything else.
    const login = await t.request('POST', '/api/auth/login', { body: { email: 'prem.admin@haute-vienne.fr', password: PASSWORD }, ip: '10.9.0.2' });
    expect(login.statusCode).toBe(200);
    expect(login.body.twoFactor).toEqual({ enabled: false, required: true, pending: 'enrolment' });
    expect((await t.request('GET', '/api/users', { cookie: login.cookie })).statusCode).toBe(403);
    const start = await t.request('POST', '/api/auth/totp/enrolment', { cookie: login.cookie });
    expect(start.statusCode).toBe(200);
    const confirm = await t.request('POST', '/api/auth/totp/enrolment/confirm', { cookie: login.cookie, body: { code: await generate({ secret: start.body.secret }) } });
    expect(confirm.statusCode).toBe(200);
    const admin = confirm.cookie!;

    // A working admin of the new territory: sees its own account, creates the next one (same link flow).
    const users = await t.request('GET', '/api/users', { cookie: admin });
    expect(users.statusCode).toBe(200);
    expect(users.body.map((u: { email: string }) => u.email)).toEqual(['prem.admin@haute-vienne.fr']);
    const next = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'second@haute-vienne.fr', displayName: 'Dominique Second', role: 'manager', organisationId: users.body[0].organisationId },
    });
    expect(next.statusCode).toBe(201);
  }, 90_000);

  it('sends a new link when run again before the first was used, and leaves any other account alone', async () => {
    const args = ['--email', 'relance@test.recours.fr', '--territory', '23', '--organisation', 'CD Creuse'];
    const before = sink.received.length;
    const first = await createAdmin(loadConfig(env), { email: 'relance@test.recours.fr', displayName: 'Relance', territoryCode: '23', organisationName: 'CD Creuse' });
    expect(first).toMatchObject({ outcome: 'created', territoryCreated: false, organisationCreated: false });
    expect(first.user.organisationId).toBe(t.fx.orgA);
    // The organisation's manager is told, naming the command as the author.
    const told = (await sink.waitFor(before + 2)).slice(before);
    expect(told.find((m) => m.to[0] === t.fx.users.manager.email)!.text).toContain('Par : l’installation (commande create-admin)');
    const oldToken = tokenOf(told.find((m) => m.to[0] === 'relance@test.recours.fr')!);

    const again = await run(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/n’a pas encore de mot de passe : un nouveau lien remplace le précédent/);
    const mails = (await sink.waitFor(before + 4)).slice(before + 2);
    const newToken = tokenOf(mails.find((m) => m.to[0] === 'relance@test.recours.fr')!);
    expect((await t.request('POST', '/api/auth/password-link/inspect', { body: { token: oldToken } })).statusCode).toBe(404);
    expect((await t.request('POST', '/api/auth/password-link/inspect', { body: { token: newToken } })).statusCode).toBe(200);
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, ['relance@test.recours.fr'])).toBe(1);

    // An account that already has a password (here the fixture admin): refused, nothing sent or changed.
    const sent = sink.received.length;
    const [{ password_hash: hashBefore }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [t.fx.users.admin.id]);
    const taken = await run(['--email', t.fx.users.admin.email, '--territory', '23', '--organisation', 'CD Creuse']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain(`Un compte existe déjà avec l’adresse ${t.fx.users.admin.email}`);
    const [{ password_hash: hashAfter }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [t.fx.users.admin.id]);
    expect(hashAfter).toBe(hashBefore);
    expect(await count(`SELECT count(*)::int AS n FROM password_link WHERE user_id = $1`, [t.fx.users.admin.id])).toBe(0);
    expect(sink.received.length).toBe(sent);
  }, 90_000);

  it('creates nothing when the e-mail cannot leave, or the territory is unknown without a name; bad usage exits 2', async () => {
    // A mail server that refuses the connection: the whole creation is rolled back.
    const noMail = await run(['--email', 'perdu@test.recours.fr', '--territory', '33', '--territory-name', 'Gironde', '--organisation', 'CD Gironde'], { SMTP_URL: 'smtp://127.0.0.1:9' });
    expect(noMail.code).toBe(1);
    expect(noMail.stderr).toMatch(/L’e-mail n’a pas pu être envoyé : rien n’a été modifié/);
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, ['perdu@test.recours.fr'])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM territory WHERE code = $1`, ['33'])).toBe(0);

    const unnamed = await run(['--email', 'x@test.recours.fr', '--territory', '34', '--organisation', 'CD Hérault']);
    expect(unnamed.code).toBe(1);
    expect(unnamed.stderr).toContain('Territoire « 34 » inconnu : donnez son nom (--territory-name)');
    expect(await count(`SELECT count(*)::int AS n FROM organisation WHERE name = $1`, ['CD Hérault'])).toBe(0);

    const usage = await run(['--email', 'x@test.recours.fr']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Option(s) manquante(s) : --territory, --organisation');
    // Production configuration is checked before anything is touched.
    const noSecret = await run(['--email', 'x@test.recours.fr', '--territory', '23', '--organisation', 'CD Creuse'], { REFUSAL_IDENTITY_SECRET: '' });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('REFUSAL_IDENTITY_SECRET: obligatoire en production');
  }, 120_000);
});
