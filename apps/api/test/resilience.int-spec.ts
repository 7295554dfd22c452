// Health, Redis outage, and the audit trail sharing the transaction of the write it describes.
import { freePort } from '@recours/testing';
import { startTestApp, type TestContext } from './test-app';

const HEALTH_TOKEN = 'monitoring-token-0123456789abcdef0123456789';

describe('health with Redis up', () => {
  let t: TestContext;
  let admin: string;
  /** The detailed health, as a signed-in admin sees it. */
  const detailed = () => t.request('GET', '/api/health', { cookie: admin });
  beforeAll(async () => {
    t = await startTestApp({ HEALTH_TOKEN });
    admin = await t.login(t.fx.users.admin.email);
  });
  afterAll(() => t.close());

  it('reports database and Redis up (terminus format) to an admin', async () => {
    const r = await detailed();
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('tells anonymous callers, other roles and a wrong token only up or down; the monitoring token reads the details', async () => {
    await t.db.query(`INSERT INTO sweep_status (name, last_success_at, last_count) VALUES ('reminders', now() - interval '40 seconds', 3)`);
    const manager = await t.login(t.fx.users.manager.email);
    for (const opts of [{}, { cookie: manager }, { headers: { authorization: 'Bearer not-the-monitoring-token-at-all-0123456' } }, { headers: { authorization: HEALTH_TOKEN } }]) {
      const r = await t.request('GET', '/api/health', opts);
      expect(r.statusCode).toBe(200);
      expect(r.body).toEqual({ status: 'ok' });
    }
    const monitoring = await t.request('GET', '/api/health', { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } });
    expect(monitoring.statusCode).toBe(200);
    expect(monitoring.body.info.sweeps.reminders).toMatchObject({ lastCount: 3, overdue: false });

    // Overdue: still 503 for everyone, the details only for the admin and the token.
    await t.db.query(`UPDATE sweep_status SET last_success_at = now() - interval '10 minutes' WHERE name = 'reminders'`);
    for (const opts of [{}, { cookie: manager }]) {
      const r = await t.request('GET', '/api/health', opts);
      expect(r.statusCode).toBe(503);
      expect(r.body).toEqual({ status: 'error' });
    }
    const late = await t.request('GET', '/api/health', { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } });
    expect(late.statusCode).toBe(503);
    expect(late.body.error.sweeps).toMatchObject({ status: 'down', reminders: { overdue: true } });
    await t.db.query(`DELETE FROM sweep_status`);
  });

  it('reports the age of the last reminder sweep, and 503 once it is overdue', async () => {
    await t.db.query(`INSERT INTO sweep_status (name, last_success_at, last_count) VALUES ('reminders', now() - interval '40 seconds', 3)`);
    const ok = await detailed();
    expect(ok.statusCode).toBe(200);
    expect(ok.body.info.sweeps).toMatchObject({ status: 'up', maxAgeSeconds: 300, reminders: { lastCount: 3 } });
    expect(ok.body.info.sweeps.reminders.ageSeconds).toBeGreaterThanOrEqual(40);
    await t.db.query(`UPDATE sweep_status SET last_success_at = now() - interval '10 minutes' WHERE name = 'reminders'`);
    const late = await detailed();
    expect(late.statusCode).toBe(503);
    expect(late.body.error.sweeps).toMatchObject({ status: 'down', message: 'le passage des rappels est en retard' });
    await t.db.query(`DELETE FROM sweep_status`);
  });

  it('counts the reminders left failed (every round of their fire job exhausted), without failing the health', async () => {
    await t.db.query(`INSERT INTO sweep_status (name, last_success_at, last_count, every_ms) VALUES ('reminders', now() - interval '20 seconds', 0, 60000)`);
    expect((await detailed()).body.info.sweeps.remindersFailed).toBe(0);
    await t.db.query(
      `INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at, state, attempts, fire_rounds, outcome)
       VALUES ('task_due', gen_random_uuid(), 0, $1, now() - interval '1 hour', 'failed', 15, 3, 'panne'),
              ('task_due', gen_random_uuid(), 0, $1, now() - interval '1 hour', 'pending', 4, 0, 'panne')`,
      [t.fx.orgA],
    );
    const r = await detailed();
    expect(r.statusCode).toBe(200);
    expect(r.body.info.sweeps).toMatchObject({ status: 'up', remindersFailed: 1 });
    await t.db.query(`DELETE FROM reminder WHERE outcome = 'panne'`);
    await t.db.query(`DELETE FROM sweep_status`);
  });

  it('judges each sweep on its own period: the detection (every 10 min) overdue after two missed periods', async () => {
    await t.db.query(
      `INSERT INTO sweep_status (name, last_success_at, last_count, every_ms) VALUES ('reminders', now() - interval '20 seconds', 0, 60000), ('detection', now() - interval '15 minutes', 2, 600000)`,
    );
    const ok = await detailed();
    expect(ok.statusCode).toBe(200);
    expect(ok.body.info.sweeps.detection).toMatchObject({ maxAgeSeconds: 1200, overdue: false, lastCount: 2 });
    await t.db.query(`UPDATE sweep_status SET last_success_at = now() - interval '21 minutes' WHERE name = 'detection'`);
    const late = await detailed();
    expect(late.statusCode).toBe(503);
    expect(late.body.error.sweeps).toMatchObject({ status: 'down', message: 'le passage de la détection est en retard', detection: { overdue: true }, reminders: { overdue: false } });
    await t.db.query(`DELETE FROM sweep_status`);
  });

  it('audit events commit and roll back with the write they describe', async () => {
    const sw = await t.login(t.fx.users.sw.email);
    const count = async (sql: string) => (await t.db.query(sql))[0].n as number;
    // 1. The audit insert fails → the household write is rolled back.
    await t.db.query(`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$`);
    await t.db.query(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    const households = await count('SELECT count(*)::int AS n FROM household');
    const r1 = await t.request('POST', '/api/households', { cookie: sw, body: { members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur' }] } });
    expect(r1.statusCode).toBe(500);
    expect(await count('SELECT count(*)::int AS n FROM household')).toBe(households);
    const r2 = await t.request('PUT', `/api/households/${t.fx.householdA}`, { cookie: sw, body: { status: 'closed' } });
    expect(r2.statusCode).toBe(500);
    expect((await t.db.query('SELECT status FROM household WHERE id = $1', [t.fx.householdA]))[0].status).toBe('active');
    // A read whose audit event cannot be written is not served either.
    expect((await t.request('GET', `/api/households/${t.fx.householdA}`, { cookie: sw })).statusCode).toBe(500);
    await t.db.query('DROP TRIGGER fail_audit ON audit_event');

    // 2. A later step of the write fails → its audit events are rolled back too.
    await t.db.query(`CREATE TRIGGER fail_income BEFORE INSERT ON income FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    const events = await count('SELECT count(*)::int AS n FROM audit_event');
    const r3 = await t.request('PUT', `/api/households/${t.fx.householdA}`, {
      cookie: sw,
      body: { status: 'closed', members: [{ id: t.fx.memberA, firstName: 'Hélène', lastName: 'Dupré', relationship: 'demandeur', incomes: [{ kind: 'autre', monthlyAmountCents: 1, startMonth: '2025-01' }] }] },
    });
    expect(r3.statusCode).toBe(500);
    expect(r3.body).toEqual({ statusCode: 500, message: 'Erreur interne' });
    expect(await count('SELECT count(*)::int AS n FROM audit_event')).toBe(events);
    expect((await t.db.query('SELECT status FROM household WHERE id = $1', [t.fx.householdA]))[0].status).toBe('active');
    await t.db.query('DROP TRIGGER fail_income ON income');
  });
});

describe('Redis unreachable', () => {
  let t: TestContext;
  beforeAll(async () => {
    // A port chosen free just now: nothing answers there, whatever else runs on the machine.
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
  });
  afterAll(() => t.close());

  it('answers 503 on /api/health, quickly, naming Redis as down', async () => {
    const admin = await t.login(t.fx.users.admin.email);
    const started = Date.now();
    const r = await t.request('GET', '/api/health', { cookie: admin });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.statusCode).toBe(503);
    expect(r.body).toMatchObject({ status: 'error', info: { database: { status: 'up' } }, error: { redis: { status: 'down' } } });
  });

  it('keeps serving sign-in, reads and writes', async () => {
    const sw = await t.login(t.fx.users.sw.email);
    const started = Date.now();
    const list = await t.request('GET', '/api/households', { cookie: sw });
    expect(list.statusCode).toBe(200);
    expect((await t.request('GET', `/api/households/${t.fx.householdA}`, { cookie: sw })).statusCode).toBe(200);
    expect((await t.request('PUT', `/api/households/${t.fx.householdA}`, { cookie: sw, body: { lastContactOn: '2026-01-02' } })).statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
