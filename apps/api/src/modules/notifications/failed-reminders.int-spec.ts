// The reminders an organisation's managers and admins must look at: those left `failed` after every
// round of their fire job (no sweep retries them). Scoped to the organisation: another one's manager
// or admin gets none of them, a social worker has no access.
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('GET /api/failed-reminders', () => {
  let t: TestContext;
  const cookie = {} as Record<'manager' | 'admin' | 'sw' | 'managerB' | 'adminB', string>;
  const ids = {} as Record<'taskOld' | 'taskNew' | 'referral' | 'pending' | 'orgB', string>;

  const reminder = async (org: string, kind: string, state: string, failedAt: string | null, outcome: string | null) => {
    const [r] = await t.db.query(
      `INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at, state, attempts, fire_rounds, done_at, outcome)
       VALUES ($1, $2, 0, $3, '2026-05-04T07:00:00Z', $4, 15, 3, $5, $6) RETURNING id`,
      [kind, randomUUID(), org, state, failedAt, outcome],
    );
    return r.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of Object.keys({ manager: 0, admin: 0, sw: 0, managerB: 0, adminB: 0 }) as (keyof typeof cookie)[]) cookie[who] = await t.login(t.fx.users[who].email);
    ids.taskOld = await reminder(t.fx.orgA, 'task_due', 'failed', '2026-05-04T08:00:00Z', 'panne simulée');
    ids.taskNew = await reminder(t.fx.orgA, 'task_due', 'failed', '2026-05-05T08:00:00Z', 'délai dépassé');
    ids.referral = await reminder(t.fx.orgA, 'referral_unanswered', 'failed', '2026-05-04T09:00:00Z', 'panne simulée');
    ids.pending = await reminder(t.fx.orgA, 'task_due', 'pending', null, null);
    ids.orgB = await reminder(t.fx.orgB, 'task_due', 'failed', '2026-05-04T08:00:00Z', 'panne simulée');
  });
  afterAll(() => t.close());

  const list = (who: keyof typeof cookie, query = '') => t.request('GET', `/api/failed-reminders${query}`, { cookie: cookie[who] });

  it('lists the organisation’s failed reminders, the latest failure first, with their last error', async () => {
    for (const who of ['manager', 'admin'] as const) {
      const r = await list(who);
      expect(r.statusCode).toBe(200);
      expect(r.body.map((x: { id: string }) => x.id)).toEqual([ids.taskNew, ids.referral, ids.taskOld]);
      expect(r.headers['content-range']).toBe('failed-reminders 0-2/3');
    }
    const [latest] = (await list('manager')).body;
    expect(latest).toEqual({
      id: ids.taskNew,
      kind: 'task_due',
      itemId: expect.any(String),
      threshold: 0,
      dueAt: '2026-05-04T07:00:00.000Z',
      failedAt: '2026-05-05T08:00:00.000Z',
      attempts: 15,
      fireRounds: 3,
      lastError: 'délai dépassé',
    });
  });

  it('filters by kind and validates the filter', async () => {
    const r = await list('manager', `?filter=${encodeURIComponent(JSON.stringify({ kind: 'referral_unanswered' }))}`);
    expect(r.body.map((x: { id: string }) => x.id)).toEqual([ids.referral]);
    expect((await list('manager', `?filter=${encodeURIComponent(JSON.stringify({ kind: 'autre' }))}`)).statusCode).toBe(400);
  });

  it('another organisation’s manager or admin gets only its own; a social worker has no access', async () => {
    for (const who of ['managerB', 'adminB'] as const) {
      const r = await list(who);
      expect(r.statusCode).toBe(200);
      expect(r.body.map((x: { id: string }) => x.id)).toEqual([ids.orgB]);
    }
    expect((await list('sw')).statusCode).toBe(403);
  });
});
