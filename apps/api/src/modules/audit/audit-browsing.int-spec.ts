// Audit browsing (issue 14): one line per user action (opening a household page is one
// "Consultation", not one line per tab), and reading or exporting the log is itself audited.
import { q, startTestApp, type TestContext } from '../../../test/test-app';

describe('audit log browsing (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    manager = await t.login(t.fx.users.manager.email);
  });
  afterAll(() => t.close());

  const log = async (filter: Record<string, unknown>) => {
    const res = await t.request('GET', `/api/audit-events${q({ filter, range: [0, 99] })}`, { cookie: manager });
    expect(res.statusCode).toBe(200);
    return res.body as { action: string; entityType: string; householdId: string | null; householdReference: string | null; fields: string[] }[];
  };

  it('shows a household page (the record and its tabs) as one "Consultation"; `detailed` shows every event', async () => {
    const h = t.fx.householdA;
    const from = new Date().toISOString();
    // What the household page requests: the household, then its tabs.
    expect((await t.request('GET', `/api/households/${h}`, { cookie: sw })).statusCode).toBe(200);
    for (const url of [
      `/api/detected-rights${q({ filter: { householdId: h } })}`,
      `/api/contacts${q({ filter: { householdId: h } })}`,
      `/api/tasks${q({ filter: { householdId: h } })}`,
      `/api/referrals${q({ filter: { householdId: h } })}`,
      `/api/households/${h}/access-history`,
    ]) {
      expect([url, (await t.request('GET', url, { cookie: sw })).statusCode]).toEqual([url, 200]);
    }
    const lines = await log({ actorId: t.fx.users.sw.id, from });
    expect(lines.map((e) => `${e.action} ${e.entityType}`)).toEqual(['read household']);
    expect(lines[0].householdReference).toBe('HH-2026-00001');
    const detailed = await log({ actorId: t.fx.users.sw.id, from, detailed: true });
    expect(detailed.length).toBeGreaterThanOrEqual(6);
    expect(detailed.filter((e) => e.action === 'list').map((e) => e.entityType).sort()).toEqual(['audit_event', 'contact', 'detected_right', 'referral', 'task']);

    // A search that is not a household page's tab stays a line of its own.
    expect((await t.request('GET', `/api/households${q({ filter: { q: 'dupont' } })}`, { cookie: sw })).statusCode).toBe(200);
    expect((await log({ actorId: t.fx.users.sw.id, from })).map((e) => `${e.action} ${e.entityType}`)).toEqual(['list household', 'read household']);
    // A tab read with no household page opened before (another person): shown.
    const managerFrom = new Date().toISOString();
    expect((await t.request('GET', `/api/tasks${q({ filter: { householdId: h } })}`, { cookie: manager })).statusCode).toBe(200);
    const own = await log({ actorId: t.fx.users.manager.id, from: managerFrom, entityType: 'task' });
    expect(own.map((e) => `${e.action} ${e.entityType}`)).toEqual(['list task']);
  });

  it('records every read and every export of the log', async () => {
    const count = async () => (await t.db.query(`SELECT action, fields FROM audit_event WHERE entity_type = 'audit_event' AND actor_id = $1 ORDER BY occurred_at, id`, [t.fx.users.manager.id])) as { action: string; fields: string[] }[];
    const before = (await count()).length;
    await log({ action: 'update' });
    expect((await t.request('GET', `/api/audit-events/export${q({ filter: { actorId: t.fx.users.sw.id } })}&format=xlsx`, { cookie: manager })).statusCode).toBe(200);
    expect((await count()).slice(before)).toEqual([
      { action: 'list', fields: ['action'] },
      { action: 'export', fields: ['actorId'] },
    ]);
  });
});
