// A campaign cohort made of rights chosen one by one in the list (filters.rightIds): the preview, the
// creation and the worker's cohort hold exactly the households of those rights, at any open step; a
// right of another organisation is refused like an unknown one (no IDOR). Once launched, the campaign's
// page lists its households with their task and the current state of their targeted rights.
import { parisToday } from '@recours/domain';
import { campaignCohortQuery } from '@recours/outreach-sql';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('campaign cohort of chosen detected rights', () => {
  let t: TestContext;
  let manager: string;
  let managerB: string;
  let seq = 800;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login(t.fx.users.manager.email);
    managerB = await t.login(t.fx.users.managerB.email);
  });
  afterAll(() => t.close());

  /** A household of the organisation with one right; returns the right's id. */
  async function right(org: string, status = 'detecte', amount = 50000): Promise<{ rightId: string; householdId: string }> {
    const [territory, user] = org === t.fx.orgB ? [t.fx.territoryB, t.fx.users.swB.id] : [t.fx.territoryA, t.fx.users.sw.id];
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name)
       VALUES ($1, $2, $3, $4, '23096', '23000', 'Guéret') RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, org, territory, user],
    );
    const [r] = await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, 'rsa', $4, $5, 'mensuel', 'haute') RETURNING id`,
      [h.id, org, territory, status, amount],
    );
    return { rightId: r.id, householdId: h.id };
  }
  const preview = (cookie: string, filters: object) => t.request('POST', '/api/campaigns/preview', { cookie, body: { filters } });

  it('targets exactly the chosen rights’ households, whatever open step they are at', async () => {
    const chosen = [await right(t.fx.orgA), await right(t.fx.orgA, 'informe', 30000), await right(t.fx.orgA, 'confirme', 10000)];
    await right(t.fx.orgA); // not chosen
    const closed = await right(t.fx.orgA, 'accorde');
    const rightIds = chosen.map((c) => c.rightId);

    const p = await preview(manager, { rightIds });
    expect(p.statusCode).toBe(200);
    expect(p.body).toMatchObject({ householdCount: 3, annualAmountCents: (50000 + 30000 + 10000) * 12, excludedByRefusal: 0 });
    // A closed right chosen with them is in the organisation but no longer targeted.
    expect((await preview(manager, { rightIds: [...rightIds, closed.rightId] })).body.householdCount).toBe(3);

    const q = campaignCohortQuery({ rightIds }, t.fx.orgA, parisToday());
    const cohort: { household_id: string }[] = await t.db.query(q.sql, q.params);
    expect(cohort.map((r) => r.household_id).sort()).toEqual(chosen.map((c) => c.householdId).sort());

    const created = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Trois droits choisis', filters: { rightIds } } });
    expect(created.statusCode).toBe(201);
    expect(created.body.filters).toEqual({ rightIds });
  });

  it('refuses a right of another organisation, an unknown one and too many, with the field named', async () => {
    const mine = await right(t.fx.orgA);
    const foreign = await right(t.fx.orgB);
    for (const rightIds of [[mine.rightId, foreign.rightId], ['9b2f4c1e-0000-4000-8000-000000000000']]) {
      const r = await preview(manager, { rightIds });
      expect(r.statusCode).toBe(400);
      expect(r.body.errors).toEqual([{ field: 'filters.rightIds', message: 'droits introuvables dans votre organisation' }]);
      const c = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Intrusion', filters: { rightIds } } });
      expect(c.statusCode).toBe(400);
      expect(c.body.errors[0].field).toBe('filters.rightIds');
    }
    // The other organisation's manager may target its own right, and not ours.
    expect((await preview(managerB, { rightIds: [foreign.rightId] })).body.householdCount).toBe(1);
    expect((await preview(managerB, { rightIds: [mine.rightId] })).statusCode).toBe(400);
    const draft = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Brouillon', filters: {} } });
    const put = await t.request('PUT', `/api/campaigns/${draft.body.id}`, { cookie: manager, body: { filters: { rightIds: [foreign.rightId] } } });
    expect(put.statusCode).toBe(400);

    const tooMany = await preview(manager, { rightIds: Array.from({ length: 1001 }, () => mine.rightId) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('filters.rightIds');
  });

  it('lists a launched campaign’s households with their task and their rights as they are now, to its organisation only', async () => {
    const a = await right(t.fx.orgA, 'detecte', 40000);
    const b = await right(t.fx.orgA, 'detecte', 20000);
    const c = await right(t.fx.orgA, 'detecte', 10000);
    const created = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Suivi', filters: { rightIds: [a.rightId, b.rightId, c.rightId] } } });
    const id: string = created.body.id;
    // What the worker's launch writes: a contact task per household, one held back as control.
    for (const [x, control] of [[a, false], [b, false], [c, true]] as const) {
      const task = control
        ? null
        : ((await t.db.query(`INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on, created_by, campaign_id) VALUES ($1, $2, 'Contacter', $3, '2026-12-20', $3, $4) RETURNING id`, [x.householdId, t.fx.orgA, t.fx.users.sw.id, id]))[0].id as string);
      await t.db.query('INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids, task_id, control) VALUES ($1, $2, $3, $4, $5)', [id, x.householdId, [x.rightId], task, control]);
    }
    await t.db.query(`UPDATE detected_right SET status = 'informe' WHERE id = $1`, [a.rightId]);
    await t.db.query(`UPDATE task SET status = 'faite' WHERE household_id = $1`, [a.householdId]);

    const list = await t.request('GET', `/api/campaigns/${id}/households?range=[0,1]`, { cookie: manager });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-range']).toBe('campaign-households 0-1/3');
    expect(list.body).toEqual([
      expect.objectContaining({ id: a.householdId, control: false, taskStatus: 'faite', taskAssigneeName: expect.any(String), annualAmountCents: 480000, rights: [{ id: a.rightId, benefit: 'rsa', status: 'informe' }] }),
      expect.objectContaining({ id: b.householdId, control: false, taskStatus: 'a_faire', annualAmountCents: 240000 }),
    ]);
    const control = await t.request('GET', `/api/campaigns/${id}/households?filter=${encodeURIComponent('{"control":true}')}`, { cookie: manager });
    expect(control.body.map((h: { id: string; taskId: string | null }) => [h.id, h.taskId])).toEqual([[c.householdId, null]]);
    const [audit] = await t.db.query(`SELECT entity_type, fields, household_ids FROM audit_event WHERE actor_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 1`, [t.fx.users.manager.id]);
    expect(audit).toMatchObject({ entity_type: 'household', fields: ['campaignId', 'control'], household_ids: [c.householdId] });

    const foreign = await t.request('GET', `/api/campaigns/${id}/households`, { cookie: managerB });
    expect(foreign.statusCode).toBe(404);
  });
});
