// The bell over HTTP: a referral sent notifies the partner; list, count, mark read, preferences and
// the organisation's delays, each tried by a user of another organisation (no IDOR).
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('notifications, preferences and reminder settings', () => {
  let t: TestContext;
  let sw: string;
  let partner: string;
  let manager: string;
  let swB: string;

  beforeAll(async () => {
    t = await startTestApp();
    [sw, partner, manager, swB] = await Promise.all([t.fx.users.sw, t.fx.users.partner, t.fx.users.manager, t.fx.users.swB].map((u) => t.login(u.email)));
    await t.db.query(`INSERT INTO referral_type (territory_id, recipient_kind, label, shared_groups) VALUES ($1, 'caf', 'Orientation vers la CAF', '{identite}')`, [
      t.fx.territoryA,
    ]);
  });
  afterAll(() => t.close());

  it('a referral sent: the partner’s bell counts it, lists it with a link to the referral, and its reminders are written', async () => {
    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: partner })).body).toEqual({ count: 0 });
    // No sharing consent recorded in the fixtures: the manager sends with a written reason.
    const res = await t.request('POST', '/api/referrals', {
      cookie: manager,
      body: { householdId: t.fx.householdA, recipientOrganisationId: t.fx.orgCaf, purpose: 'Ouverture de droits', consentOverrideReason: 'Urgence : expulsion imminente' },
    });
    expect(res.statusCode).toBe(201);
    const referralId = res.body.id as string;

    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: partner })).body).toEqual({ count: 1 });
    const list = await t.request('GET', '/api/notifications', { cookie: partner });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-range']).toBe('notifications 0-0/1');
    expect(list.body).toEqual([{ id: expect.any(String), kind: 'referral_received', itemType: 'referral', itemId: referralId, createdAt: expect.any(String), readAt: null }]);
    // The sender's organisation is not notified of its own sending.
    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: manager })).body).toEqual({ count: 0 });
    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: sw })).body).toEqual({ count: 0 });

    const reminders = await t.db.query(`SELECT kind, threshold, organisation_id FROM reminder WHERE item_id = $1 ORDER BY threshold`, [referralId]);
    expect(reminders).toEqual([1, 2, 3].map((threshold) => ({ kind: 'referral_unanswered', threshold, organisation_id: t.fx.orgCaf })));
    const deliveries = await t.db.query(`SELECT channel, status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.item_id = $1`, [referralId]);
    expect(deliveries).toEqual([{ channel: 'email', status: 'pending' }]);

    // Acknowledging it skips the reminder and the escalation; the expiry still waits.
    expect((await t.request('POST', `/api/referrals/${referralId}/acknowledge`, { cookie: partner, body: {} })).statusCode).toBe(200);
    const after = await t.db.query(`SELECT threshold, state FROM reminder WHERE item_id = $1 ORDER BY threshold`, [referralId]);
    expect(after.map((r: { state: string }) => r.state)).toEqual(['skipped', 'skipped', 'pending']);
  });

  it('marks one read, then all; another user’s notification answers 404 and stays unread', async () => {
    const [n] = await t.db.query(`SELECT id FROM notification WHERE user_id = $1`, [t.fx.users.partner.id]);
    await t.db.query(
      `INSERT INTO notification (user_id, organisation_id, kind, item_type, item_id) VALUES ($1, $2, 'task_due', 'task', $3), ($1, $2, 'task_overdue', 'task', $3)`,
      [t.fx.users.partner.id, t.fx.orgCaf, t.fx.taskA],
    );
    for (const cookie of [swB, sw]) {
      expect((await t.request('POST', `/api/notifications/${n.id}/read`, { cookie, body: {} })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/notifications/${n.id}`, { cookie })).statusCode).toBe(404);
      expect((await t.request('GET', '/api/notifications', { cookie })).body).toEqual([]);
      expect((await t.request('POST', '/api/notifications/read-all', { cookie, body: {} })).body).toEqual({ updated: 0 });
    }
    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: partner })).body).toEqual({ count: 3 });
    const read = await t.request('POST', `/api/notifications/${n.id}/read`, { cookie: partner, body: {} });
    expect(read.statusCode).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const unread = await t.request('GET', `/api/notifications?filter=${encodeURIComponent('{"unread":true}')}`, { cookie: partner });
    expect(unread.body.map((x: { kind: string }) => x.kind).sort()).toEqual(['task_due', 'task_overdue']);
    expect((await t.request('POST', '/api/notifications/read-all', { cookie: partner, body: {} })).body).toEqual({ updated: 2 });
    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: partner })).body).toEqual({ count: 0 });
  });

  it('preferences: every kind with its mode (e-mail by default), saved per user, validated', async () => {
    const initial = await t.request('GET', '/api/notification-preferences', { cookie: sw });
    expect(initial.body.preferences).toContainEqual({ kind: 'task_due', mode: 'email' });
    const saved = await t.request('PUT', '/api/notification-preferences', { cookie: sw, body: { preferences: [{ kind: 'task_due', mode: 'digest' }, { kind: 'referral_received', mode: 'in_app' }] } });
    expect(saved.statusCode).toBe(200);
    expect(saved.body.preferences).toContainEqual({ kind: 'task_due', mode: 'digest' });
    expect((await t.request('GET', '/api/notification-preferences', { cookie: swB })).body.preferences).toContainEqual({ kind: 'task_due', mode: 'email' });
    const bad = await t.request('PUT', '/api/notification-preferences', { cookie: sw, body: { preferences: [{ kind: 'task_due', mode: 'sms' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors[0].field).toBe('preferences[0].mode');
    // The same kind twice was a 500 (found by the OpenAPI fuzz run).
    const twice = await t.request('PUT', '/api/notification-preferences', { cookie: sw, body: { preferences: [{ kind: 'task_due', mode: 'digest' }, { kind: 'task_due', mode: 'in_app' }] } });
    expect(twice.statusCode).toBe(400);
    expect(twice.body.errors).toEqual([{ field: 'preferences', message: 'un seul mode par type de notification' }]);
  });

  it('reminder settings: read by the organisation, changed by its manager only, its own organisation only', async () => {
    const defaults = await t.request('GET', '/api/reminder-settings', { cookie: sw });
    expect(defaults.body).toEqual({
      referralReminderWorkingDays: 5, referralEscalationWorkingDays: 10, referralExpiryDays: 30,
      taskOverdueWorkingDays: 2, rightNoNewsDays: 45, renewalLeadDays: 30, alsaceMoselle: false,
    });
    const body = { ...defaults.body, taskOverdueWorkingDays: 3 };
    expect((await t.request('PUT', '/api/reminder-settings', { cookie: sw, body })).statusCode).toBe(403);
    const saved = await t.request('PUT', '/api/reminder-settings', { cookie: manager, body });
    expect(saved.statusCode).toBe(200);
    expect(saved.body.taskOverdueWorkingDays).toBe(3);
    // Another organisation keeps its own delays.
    expect((await t.request('GET', '/api/reminder-settings', { cookie: swB })).body.taskOverdueWorkingDays).toBe(2);
    const wrong = await t.request('PUT', '/api/reminder-settings', { cookie: manager, body: { ...body, referralEscalationWorkingDays: 4 } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body.errors).toEqual([{ field: 'referralEscalationWorkingDays', message: 'doit être supérieur au délai de relance' }]);
    const zero = await t.request('PUT', '/api/reminder-settings', { cookie: manager, body: { ...body, rightNoNewsDays: 0 } });
    expect(zero.statusCode).toBe(400);
    expect(zero.body.errors[0]).toEqual({ field: 'rightNoNewsDays', message: 'doit être supérieur ou égal à 1' });
  });
});
