// "Every view traced" (issue 15): a list response records, in one event row, which households it
// displayed, and each person's access history shows the lists that displayed them; a no-op update
// still answers the whole record, so it is traced as a read.
import { parisToday } from '@recours/domain';
import { q, startTestApp, type TestContext } from '../../../test/test-app';

describe('list views in the access history (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  let sw: string;
  let swB: string;
  const today = parisToday();

  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    swB = await t.login(t.fx.users.swB.email);
  });
  afterAll(() => t.close());

  async function household(lastName: string): Promise<string> {
    const res = await t.request('POST', '/api/households', {
      cookie: sw, body: { referentId: t.fx.users.sw.id, members: [{ firstName: 'Camille', lastName, relationship: 'demandeur', birthDate: '1990-01-01' }] },
    });
    expect(res.statusCode).toBe(201);
    return res.body.id;
  }
  const listEvents = async () =>
    (await t.db.query(`SELECT entity_type, fields, household_ids FROM audit_event WHERE action = 'list' AND actor_id = $1 ORDER BY occurred_at, id`, [t.fx.users.sw.id])) as {
      entity_type: string;
      fields: string[];
      household_ids: string[] | null;
    }[];
  const history = async (householdId: string) =>
    (await t.request('GET', `/api/households/${householdId}/access-history${q({ filter: { action: 'list' } })}`, { cookie: sw })).body as { entityType: string; fields: string[] }[];

  it('a search records the households it displayed, and only their histories show it', async () => {
    const shown = await household('Vasseur');
    const hidden = await household('Kowalski');
    const before = (await listEvents()).length;
    const res = await t.request('GET', `/api/households${q({ filter: { q: 'vasseur' } })}`, { cookie: sw });
    expect(res.body.map((h: { id: string }) => h.id)).toEqual([shown]);
    const events = (await listEvents()).slice(before);
    expect(events).toEqual([{ entity_type: 'household', fields: ['q'], household_ids: [shown] }]);
    expect(await history(shown)).toEqual([expect.objectContaining({ entityType: 'household', fields: ['q'] })]);
    expect(await history(hidden)).toEqual([]);
    // Another organisation neither lists nor reads this history.
    expect((await t.request('GET', `/api/households/${shown}/access-history`, { cookie: swB })).statusCode).toBe(404);
    const foreign = await t.request('GET', `/api/households${q({ filter: { q: 'vasseur' } })}`, { cookie: swB });
    expect(foreign.body).toEqual([]);
    const [own] = await t.db.query(`SELECT household_ids FROM audit_event WHERE action = 'list' AND actor_id = $1`, [t.fx.users.swB.id]);
    expect(own.household_ids).toEqual([]);
  });

  it('detected rights, contacts, tasks and "Ma journée" record the households they displayed', async () => {
    const h = await household('Lemaire');
    await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, 'prime_activite', 'confirme', 15000, 'mensuel', 'haute')`,
      [h, t.fx.orgA, t.fx.territoryA],
    );
    expect((await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'non_joint', nextAttemptOn: today } })).statusCode).toBe(201);
    const filter = { householdId: h };
    for (const [url, entityType] of [
      [`/api/detected-rights${q({ filter })}`, 'detected_right'],
      [`/api/contacts${q({ filter })}`, 'contact'],
      [`/api/tasks${q({ filter })}`, 'task'],
      ['/api/my-day', 'task'],
    ] as const) {
      const before = (await listEvents()).length;
      const res = await t.request('GET', url, { cookie: sw });
      expect([url, res.statusCode]).toEqual([url, 200]);
      const events = (await listEvents()).slice(before);
      expect(events).toHaveLength(1);
      expect(events[0].entity_type).toBe(entityType);
      expect(events[0].household_ids).toContain(h);
    }
    expect((await history(h)).map((e) => e.entityType).sort()).toEqual(['contact', 'detected_right', 'task', 'task']);
  });

  it('a page of 25 households writes one event row naming the 25', async () => {
    for (let i = 0; i < 25; i++) await household(`Page${i}`);
    const [{ n: before }] = await t.db.query('SELECT count(*)::int AS n FROM audit_event');
    const res = await t.request('GET', `/api/households${q({ range: [0, 24] })}`, { cookie: sw });
    expect(res.body).toHaveLength(25);
    const [{ n: after }] = await t.db.query('SELECT count(*)::int AS n FROM audit_event');
    expect(after - before).toBe(1);
    const [last] = (await listEvents()).slice(-1);
    expect([...last.household_ids!].sort()).toEqual(res.body.map((h: { id: string }) => h.id).sort());
  });

  it('an update that changes nothing answers the record and writes a read event (household, task)', async () => {
    const h = await household('Noop');
    const events = async () => (await t.db.query('SELECT action, entity_type FROM audit_event WHERE household_id = $1 ORDER BY occurred_at, id', [h])).map((e: { action: string; entity_type: string }) => `${e.action} ${e.entity_type}`);
    const before = await events();
    // An empty body changes nothing but answers the whole record: traced as a read.
    const put = await t.request('PUT', `/api/households/${h}`, { cookie: sw, body: {} });
    expect(put.statusCode).toBe(200);
    expect(put.body.members[0].lastName).toBe('Noop');
    expect(await events()).toEqual([...before, 'read household']);
    const task = await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Appeler', dueOn: today } });
    const same = await t.request('PUT', `/api/tasks/${task.body.id}`, { cookie: sw, body: {} });
    expect(same.statusCode).toBe(200);
    expect((await events()).slice(-2)).toEqual(['create task', 'read task']);
    // Another organisation's no-op update is refused and writes nothing.
    expect((await t.request('PUT', `/api/households/${h}`, { cookie: swB, body: { status: 'active' } })).statusCode).toBe(404);
    expect((await events()).slice(-1)).toEqual(['read task']);
  });
});
