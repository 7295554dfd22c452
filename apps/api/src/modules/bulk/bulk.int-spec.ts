// Actions on ticked rows: assign, complete, create tasks, close rights, hand households over — scoped
// to the organisation (one foreign id: 404 and nothing done), validated, audited row by row.
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('bulk actions on the lists', () => {
  let t: TestContext;
  let sw: string;
  let sw2: string;
  let seq = 900;

  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    sw2 = await t.login(t.fx.users.sw2.email);
  });
  afterAll(() => t.close());

  async function household(): Promise<string> {
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name)
       VALUES ($1, $2, $3, $4, '23096', '23000', 'Guéret') RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, t.fx.orgA, t.fx.territoryA, t.fx.users.sw.id],
    );
    return h.id;
  }
  const right = async (householdId: string, status: string, benefit = 'rsa'): Promise<string> =>
    (await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, $5, $4, 30000, 'mensuel', 'haute') RETURNING id`,
      [householdId, t.fx.orgA, t.fx.territoryA, status, benefit],
    ))[0].id;
  const task = async (householdId: string, status = 'a_faire'): Promise<string> =>
    (await t.db.query(`INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on, created_by, status) VALUES ($1, $2, 'Appeler', $3, '2026-12-20', $3, $4) RETURNING id`, [
      householdId, t.fx.orgA, t.fx.users.sw.id, status,
    ]))[0].id;
  const post = (cookie: string, path: string, body: object) => t.request('POST', `/api/${path}`, { cookie, body });
  const audits = async (ids: string[]) => (await t.db.query(`SELECT entity_id, fields FROM audit_event WHERE action = 'update' AND entity_id = ANY($1::uuid[]) ORDER BY entity_id`, [ids])) as { entity_id: string; fields: string[] }[];

  it('assigns and completes tasks, leaving closed ones as they are, one audit event per task', async () => {
    const h = await household();
    const [a, b, done] = [await task(h), await task(h), await task(h, 'faite')];
    const assign = await post(sw, 'tasks/bulk/assign', { ids: [a, b, done], assigneeId: t.fx.users.manager.id });
    expect(assign.statusCode).toBe(200);
    expect(assign.body).toEqual({ done: 2, skipped: [{ id: done, reason: 'tâche « Faite »' }] });
    const rows = await t.db.query('SELECT id, assignee_id FROM task WHERE id = ANY($1::uuid[])', [[a, b]]);
    expect(rows.every((r: { assignee_id: string }) => r.assignee_id === t.fx.users.manager.id)).toBe(true);
    expect((await audits([a, b])).map((e) => e.fields)).toEqual([['assigneeId'], ['assigneeId']]);

    const complete = await post(sw, 'tasks/bulk/complete', { ids: [a, b, done] });
    expect(complete.body).toMatchObject({ done: 2 });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM task WHERE id = ANY($1::uuid[]) AND status = 'faite' AND completed_at IS NOT NULL`, [[a, b]]))[0].n).toBe(2);

    // A worker of another organisation (same territory) cannot touch them, nor assign to someone outside.
    const c = await task(h);
    expect((await post(sw2, 'tasks/bulk/complete', { ids: [c] })).statusCode).toBe(404);
    expect((await post(sw, 'tasks/bulk/complete', { ids: [c, t.fx.taskA, '9b2f4c1e-0000-4000-8000-000000000000'] })).statusCode).toBe(404);
    const foreignAssignee = await post(sw, 'tasks/bulk/assign', { ids: [c], assigneeId: t.fx.users.sw2.id });
    expect(foreignAssignee.statusCode).toBe(400);
    expect(foreignAssignee.body.errors[0].field).toBe('assigneeId');
    expect((await t.db.query('SELECT status FROM task WHERE id = $1', [c]))[0].status).toBe('a_faire');
    const tooMany = await post(sw, 'tasks/bulk/complete', { ids: Array.from({ length: 501 }, () => c) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('ids');
  });

  it('closes rights in their lifecycle with the note in their history, and creates a task per right', async () => {
    const h = await household();
    const [detected, informed, granted] = [await right(h, 'detecte'), await right(h, 'informe', 'prime_activite'), await right(h, 'accorde')];
    const close = await post(sw, 'detected-rights/bulk/close', { ids: [detected, informed, granted], dismissReason: 'deja_percu', note: 'Vu en permanence : déjà versé' });
    expect(close.statusCode).toBe(200);
    expect(close.body).toEqual({ done: 2, skipped: [{ id: granted, reason: 'droit déjà clos (« Droit accordé »)' }] });
    const history = await t.db.query('SELECT detected_right_id AS right_id, to_status, reason, note FROM detected_right_transition WHERE detected_right_id = ANY($1::uuid[]) ORDER BY to_status::text DESC', [[detected, informed]]);
    expect(history.map((r: Record<string, unknown>) => [r.right_id, r.to_status, r.note])).toEqual([
      [detected, 'ecarte', 'Vu en permanence : déjà versé'],
      [informed, 'abandonne', 'Vu en permanence : déjà versé'],
    ]);
    expect((await post(sw, 'detected-rights/bulk/close', { ids: [detected], dismissReason: 'deja_percu', note: '' })).statusCode).toBe(400);
    const other = await household();
    expect((await post(sw2, 'detected-rights/bulk/close', { ids: [await right(other, 'detecte')], dismissReason: 'doublon', note: 'x' })).statusCode).toBe(404);

    const open = await right(other, 'confirme', 'prime_activite');
    const tasks = await post(sw, 'detected-rights/bulk/tasks', { ids: [open], title: 'Préparer la demande', dueOn: '2026-12-31' });
    expect(tasks.body).toEqual({ done: 1, skipped: [] });
    expect(await t.db.query('SELECT detected_right_id, assignee_id FROM task WHERE title = $1', ['Préparer la demande'])).toEqual([{ detected_right_id: open, assignee_id: t.fx.users.sw.id }]);
  });

  it('hands households over and creates a task for each, except where the person refused', async () => {
    const [a, b, refused] = [await household(), await household(), await household()];
    const r = await right(refused, 'detecte');
    await t.db.query(`INSERT INTO outreach_block (household_id, benefit, blocked_until, right_id, created_by) VALUES ($1, 'rsa', '2099-01-01', $2, $3)`, [refused, r, t.fx.users.sw.id]);
    const assign = await post(sw, 'households/bulk/assign', { ids: [a, b], referentId: t.fx.users.manager.id });
    expect(assign.body).toEqual({ done: 2, skipped: [] });
    expect((await audits([a, b])).map((e) => e.fields)).toEqual([['referentId'], ['referentId']]);
    const tasks = await post(sw, 'households/bulk/tasks', { ids: [a, b, refused], title: 'Visite à domicile', dueOn: '2026-12-31', assigneeId: t.fx.users.manager.id, priority: 'haute' });
    expect(tasks.body).toEqual({ done: 2, skipped: [{ id: refused, reason: 'la personne a refusé tout contact' }] });
    expect((await post(sw2, 'households/bulk/assign', { ids: [a], referentId: t.fx.users.sw2.id })).statusCode).toBe(404);
    expect((await post(sw2, 'households/bulk/tasks', { ids: [a], title: 'x', dueOn: '2026-12-31' })).statusCode).toBe(404);
    expect((await t.db.query('SELECT referent_id FROM household WHERE id = $1', [a]))[0].referent_id).toBe(t.fx.users.manager.id);
  });
});
