// Security headers, no caching of personal data, OpenAPI by configuration, production refusals.
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { startTestApp, type TestContext } from '../test-app';

describe('security headers (development)', () => {
  let t: TestContext;
  let sw: string;
  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
  });
  afterAll(() => t.close());

  it('sends CSP with frame-ancestors, nosniff, Referrer-Policy, and no HSTS over plain HTTP', async () => {
    const r = await t.request('GET', '/api/households', { cookie: sw });
    expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['strict-transport-security']).toBeUndefined();
  });

  it('forbids caching of every authenticated answer, errors included', async () => {
    for (const url of ['/api/households', `/api/households/${t.fx.householdA}`, '/api/auth/me', '/api/my-day', '/api/households/00000000-0000-4000-8000-000000000000']) {
      const r = await t.request('GET', url, { cookie: sw });
      expect({ url, cache: r.headers['cache-control'] }).toEqual({ url, cache: 'no-store' });
    }
    const login = await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.sw.email, password: 'correct-horse-battery' }, ip: '10.9.9.9' });
    expect(login.headers['cache-control']).toBe('no-store');
  });

  it('serves OpenAPI in development, the Swagger UI without inline script', async () => {
    expect((await t.request('GET', '/api/docs-json')).statusCode).toBe(200);
    const ui = await t.request('GET', '/api/docs');
    expect(String(ui.body)).not.toMatch(/<script>/);
    expect((await t.request('GET', '/api/docs/swagger-init.js')).statusCode).toBe(200);
  });
});

const PRODUCTION = { NODE_ENV: 'production', ADMIN_ORIGIN: 'https://recours.example.fr', REFUSAL_IDENTITY_SECRET: 'a-test-secret-of-at-least-32-characters!!', SMTP_URL: 'smtp://127.0.0.1:2525' };

describe('production mode', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await startTestApp(PRODUCTION);
  });
  afterAll(() => t.close());

  it('sends HSTS, hides OpenAPI unless enabled, and sets Secure cookies', async () => {
    const r = await t.request('GET', '/api/docs-json');
    expect(r.statusCode).toBe(404);
    expect((await t.request('GET', '/api/docs')).statusCode).toBe(404);
    expect(r.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const login = await t.request('POST', '/api/auth/login', { body: { email: t.fx.users.sw.email, password: 'correct-horse-battery' }, ip: '10.9.9.8' });
    expect(login.statusCode).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(/; Secure/i);
  });

  it('refuses to start while a demo account exists', async () => {
    const config = loadConfig({ ...process.env, ...PRODUCTION, DATABASE_URL: t.config.databaseUrl, REDIS_KEY_PREFIX: t.config.redisKeyPrefix, QUEUE_PREFIX: t.config.queuePrefix });
    await t.db.query(`INSERT INTO app_user (email, display_name, role, organisation_id, password_hash) VALUES ('admin@demo.recours.fr', 'Démo', 'admin', $1, 'x')`, [t.fx.orgA]);
    await expect(createApp(config)).rejects.toThrow(/comptes de démonstration existent \(admin@demo\.recours\.fr/);
    await t.db.query(`UPDATE app_user SET active = false WHERE email = 'admin@demo.recours.fr'`);
    const app = await createApp(config);
    await app.close();
  });

  it('serves OpenAPI in production only when OPENAPI_ENABLED=true', () => {
    expect(loadConfig({ ...PRODUCTION, OPENAPI_ENABLED: 'true' }).openApiEnabled).toBe(true);
    expect(loadConfig(PRODUCTION).openApiEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).openApiEnabled).toBe(true);
  });
});
