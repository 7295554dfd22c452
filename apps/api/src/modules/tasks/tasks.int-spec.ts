// Task status changes over HTTP follow the task machine of libs/domain: every allowed change is
// applied (and audited), every other one answers 409 with the current state and changes nothing.
import { canTransitionTask, TASK_STATUSES, type TaskStatus } from '@recours/domain';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('task status changes', () => {
  let t: TestContext;
  let sw: string;

  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
  });
  afterAll(() => t.close());

  async function task(status: TaskStatus): Promise<string> {
    const [row] = await t.db.query(
      `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on, status, completed_at, created_by)
       VALUES ($1, $2, 'Rappeler', $3, '2026-03-05', $4::text::task_status, CASE WHEN $4::text = 'faite' THEN now() END, $3) RETURNING id`,
      [t.fx.householdA, t.fx.orgA, t.fx.users.sw.id, status],
    );
    return row.id;
  }
  const stored = async (id: string) => (await t.db.query('SELECT status, completed_at, updated_at FROM task WHERE id = $1', [id]))[0];

  it('applies an allowed change: to do → done stamps completedAt and writes the audit event', async () => {
    const id = await task('a_faire');
    const res = await t.request('PUT', `/api/tasks/${id}`, { cookie: sw, body: { status: 'faite' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'faite', completedAt: expect.any(String) });
    const events = await t.db.query(`SELECT action, fields FROM audit_event WHERE entity_type = 'task' AND entity_id = $1`, [id]);
    expect(events).toEqual([{ action: 'update', fields: ['status'] }]);
  });

  it('answers 409 with the current state to a forbidden change (started → to do) and changes nothing', async () => {
    const id = await task('en_cours');
    const before = await stored(id);
    const res = await t.request('PUT', `/api/tasks/${id}`, { cookie: sw, body: { status: 'a_faire', title: 'Autre titre' } });
    expect(res.statusCode).toBe(409);
    expect(res.body).toEqual({
      statusCode: 409,
      message: "Changement de statut impossible depuis l'état « En cours »",
      errors: [{ field: 'status', message: 'transition non autorisée' }],
      currentStatus: 'en_cours',
    });
    expect(await stored(id)).toEqual(before);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE entity_type = 'task' AND entity_id = $1 AND action = 'update'`, [id])).toEqual([]);
  });

  it('follows the machine on every pair of states; sending the current status back is no change', async () => {
    for (const from of TASK_STATUSES) {
      for (const to of TASK_STATUSES) {
        const id = await task(from);
        const res = await t.request('PUT', `/api/tasks/${id}`, { cookie: sw, body: { status: to } });
        const expected = from === to || canTransitionTask(from, to) ? 200 : 409;
        expect({ from, to, status: res.statusCode, stored: (await stored(id)).status }).toEqual({
          from, to, status: expected, stored: expected === 200 ? to : from,
        });
        if (expected === 409) expect(res.body.currentStatus).toBe(from);
      }
    }
  });
});
