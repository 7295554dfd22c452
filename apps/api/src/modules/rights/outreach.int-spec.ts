// Detected rights and outreach through HTTP: every transition of the state machine, the refusal rule
// (CNIL 2022-101), one open right per household and benefit, contacts, tasks, "Ma journée",
// campaigns, detection requests, and their audit events.
import { canTransition, DETECTED_RIGHT_STATUSES, parisToday, type DetectedRightStatus } from '@recours/domain';
import { campaignCohortQuery } from '@recours/outreach-sql';
import { Queue } from 'bullmq';
import { q, startTestApp, type TestContext } from '../../../test/test-app';

const PAYLOAD: Partial<Record<DetectedRightStatus, object>> = {
  ecarte: { reason: 'non_eligible' },
  refuse: { reason: 'dossier_incomplet' },
  accorde: { grantedMonthlyAmountCents: 30000, grantedFrom: '2026-04-01' },
};

describe('detected rights and outreach', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;
  let seq = 100;

  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    manager = await t.login(t.fx.users.manager.email);
  });
  afterAll(() => t.close());

  async function household(referent: string | null = t.fx.users.sw.id): Promise<string> {
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name)
       VALUES ($1, $2, $3, $4, '23096', '23000', 'Guéret') RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, t.fx.orgA, t.fx.territoryA, referent],
    );
    return h.id;
  }
  async function right(householdId: string, status: DetectedRightStatus, benefit = 'rsa', amount = 31200, confidence = 'haute'): Promise<string> {
    const [r] = await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [householdId, t.fx.orgA, t.fx.territoryA, benefit, status, amount, benefit === 'cheque_energie' ? 'annuel' : 'mensuel', confidence],
    );
    return r.id;
  }
  const audits = async (entityType: string, entityId: string) =>
    (await t.db.query('SELECT action, fields, household_id FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY occurred_at', [entityType, entityId])) as {
      action: string;
      fields: string[];
      household_id: string;
    }[];

  it('applies every allowed transition and answers 409 with the current state to every other one', async () => {
    let allowed = 0;
    for (const from of DETECTED_RIGHT_STATUSES) {
      const h = await household();
      for (const to of DETECTED_RIGHT_STATUSES) {
        await t.db.query(`DELETE FROM detected_right WHERE household_id = $1`, [h]);
        const id = await right(h, from);
        const res = await t.request('POST', `/api/detected-rights/${id}/transitions`, { cookie: sw, body: { to, ...PAYLOAD[to] } });
        if (canTransition(from, to)) {
          allowed++;
          expect({ from, to, status: res.statusCode, now: res.body.status }).toEqual({ from, to, status: 200, now: to });
          expect(res.body.transitions).toEqual([expect.objectContaining({ from, to, actorId: t.fx.users.sw.id })]);
          expect((await audits('detected_right', id)).map((a) => [a.action, a.household_id])).toEqual([['update', h]]);
        } else {
          expect({ from, to, status: res.statusCode, body: res.body }).toEqual({
            from, to, status: 409, body: { statusCode: 409, message: expect.stringMatching(/^Transition impossible depuis l'état « .+ »$/), currentStatus: from },
          });
          const [{ status }] = await t.db.query('SELECT status FROM detected_right WHERE id = $1', [id]);
          expect(status).toBe(from);
        }
      }
    }
    expect(allowed).toBe(17); // 3 + 3 + 4 + 3 + 4
  });

  it('records the payload of a grant and of a dismissal, and lists the next transitions in French', async () => {
    const h = await household();
    const id = await right(h, 'detecte');
    const detail = await t.request('GET', `/api/detected-rights/${id}`, { cookie: sw });
    expect(detail.body.allowedTransitions).toEqual([
      { to: 'confirme', label: 'Confirmer le droit', requires: [] },
      { to: 'ecarte', label: 'Écarter', requires: ['reason'] },
      { to: 'refus_personne', label: 'La personne refuse', requires: [] },
    ]);
    expect(await audits('detected_right', id)).toEqual([{ action: 'read', fields: [], household_id: h }]);
    const bad = await t.request('POST', `/api/detected-rights/${id}/transitions`, { cookie: sw, body: { to: 'ecarte', reason: 'autre' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'note', message: 'précisez le motif dans la note' }]);
    const ok = await t.request('POST', `/api/detected-rights/${id}/transitions`, { cookie: sw, body: { to: 'ecarte', reason: 'deja_percu', note: 'Versé depuis janvier' } });
    expect(ok.body).toMatchObject({ status: 'ecarte', dismissReason: 'deja_percu', allowedTransitions: [] });
    expect(ok.body.transitions[0]).toMatchObject({ reason: 'deja_percu', note: 'Versé depuis janvier', actorName: 'User sw' });
    const h2 = await household();
    const g = await right(h2, 'demande_deposee');
    const granted = await t.request('POST', `/api/detected-rights/${g}/transitions`, { cookie: sw, body: { to: 'accorde', grantedMonthlyAmountCents: 29000, grantedFrom: '2026-04-01' } });
    expect(granted.body).toMatchObject({ status: 'accorde', grantedMonthlyAmountCents: 29000, grantedFrom: '2026-04-01' });
    expect(granted.body.transitions[0].payload).toEqual({ grantedMonthlyAmountCents: 29000, grantedFrom: '2026-04-01' });
  });

  it('writes the French sentence of each stored explanation step when a right is read (steps stored as data)', async () => {
    const h = await household();
    const id = await right(h, 'detecte', 'asf', 40356);
    const stored = [
      { text: 'Allocation de soutien familial : montant estimé 403,56 € par mois ; prestation non perçue selon le dossier.' },
      { key: 'asf.parent_isole', values: { enfants: 2, ageLimite: 20 }, reference: 'CSS art. L523-1' },
      { key: 'asf.par_enfant', values: { montant: 20178 }, amountCents: 20178, reference: 'CSS art. D523-7' },
    ];
    await t.db.query('UPDATE detected_right SET explanation = $2 WHERE id = $1', [id, JSON.stringify(stored)]);
    const detail = await t.request('GET', `/api/detected-rights/${id}`, { cookie: sw });
    expect(detail.statusCode).toBe(200);
    expect(detail.body.explanation).toEqual([
      stored[0],
      { text: 'Parent isolé élevant 2 enfant(s) de moins de 20 ans sans pension de l’autre parent', reference: 'CSS art. L523-1' },
      { text: 'ASF par enfant : 201,78 €', amountCents: 20178, reference: 'CSS art. D523-7' },
    ]);
  });

  it('keeps one open right per household and benefit: the partial unique index, the worker upsert and manual entry', async () => {
    const h = await household();
    const first = await right(h, 'detecte');
    await expect(right(h, 'confirme')).rejects.toThrow(/detected_right_open_uq/);
    // The worker's upsert updates the open right instead of adding one.
    const upsert = `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, estimated_amount_cents, confidence)
      VALUES ($1, $2, $3, 'rsa', $4, 'moyenne')
      ON CONFLICT (household_id, benefit) WHERE status IN ('detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee')
      DO UPDATE SET estimated_amount_cents = EXCLUDED.estimated_amount_cents, last_evaluated_at = now() RETURNING id`;
    const [again] = await t.db.query(upsert, [h, t.fx.orgA, t.fx.territoryA, 40000]);
    expect(again.id).toBe(first);
    const manual = await t.request('POST', '/api/detected-rights', { cookie: sw, body: { householdId: h, benefit: 'rsa', estimatedAmountCents: 1000 } });
    expect(manual.statusCode).toBe(409);
    expect(manual.body.existingId).toBe(first);
    // Once closed, a new detection opens a new right.
    await t.request('POST', `/api/detected-rights/${first}/transitions`, { cookie: sw, body: { to: 'ecarte', reason: 'doublon' } });
    const [fresh] = await t.db.query(upsert, [h, t.fx.orgA, t.fx.territoryA, 41000]);
    expect(fresh.id).not.toBe(first);
    const rows = await t.db.query('SELECT status, estimated_amount_cents FROM detected_right WHERE household_id = $1 ORDER BY created_at', [h]);
    expect(rows).toEqual([{ status: 'ecarte', estimated_amount_cents: 40000 }, { status: 'detecte', estimated_amount_cents: 41000 }]);
    // A manual right for another benefit: source saisie, creation in the history, audited.
    const css = await t.request('POST', '/api/detected-rights', { cookie: sw, body: { householdId: h, benefit: 'css', estimatedAmountCents: 3000, confidence: 'faible', note: 'Vu en permanence' } });
    expect(css.statusCode).toBe(201);
    expect(css.body).toMatchObject({ source: 'saisie', status: 'detecte', amountPeriod: 'mensuel', annualAmountCents: 36000, transitions: [{ from: null, to: 'detecte', note: 'Vu en permanence' }] });
    expect((await audits('detected_right', css.body.id))[0]).toMatchObject({ action: 'create', household_id: h });
  });

  it('after a refusal by the person: blocks outreach to the household, cancels its tasks, and campaigns leave it out', async () => {
    const today = parisToday();
    const h = await household();
    const rsa = await right(h, 'confirme', 'rsa', 50000);
    await right(h, 'detecte', 'css', 3000);
    const task = await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Appeler pour le RSA', dueOn: today, detectedRightId: rsa } });
    expect(task.statusCode).toBe(201);
    const filters = { benefits: ['rsa'], communeInsee: '23096', statuses: ['detecte', 'confirme'] };
    const before = await t.request('POST', '/api/campaigns/preview', { cookie: sw, body: { filters } });
    expect(before.body.excludedByRefusal).toBe(0);

    const refusal = await t.request('POST', `/api/detected-rights/${rsa}/transitions`, { cookie: sw, body: { to: 'refus_personne', note: 'Ne souhaite pas' } });
    expect(refusal.statusCode).toBe(200);
    const [block] = await t.db.query(`SELECT benefit, blocked_until, (($1::date + interval '12 months')::date)::text AS expected FROM outreach_block WHERE household_id = $2`, [today, h]);
    expect(block).toMatchObject({ benefit: 'rsa', blocked_until: block.expected });
    expect(refusal.body.outreachBlockedUntil).toBe(block.expected);
    expect((await t.request('GET', `/api/tasks/${task.body.id}`, { cookie: sw })).body.status).toBe('annulee');
    expect((await audits('task', task.body.id)).map((a) => a.action)).toEqual(['create', 'update', 'read']);

    // The engine detects RSA again: the new right exists but no outreach may target it.
    const again = await right(h, 'detecte', 'rsa', 50000);
    const after = await t.request('POST', '/api/campaigns/preview', { cookie: sw, body: { filters } });
    expect(after.body.householdCount).toBe(before.body.householdCount - 1);
    expect(after.body.excludedByRefusal).toBe(1);
    expect(after.body.annualAmountCents).toBe(before.body.annualAmountCents - 50000 * 12);
    const { sql, params } = campaignCohortQuery({ benefits: ['rsa', 'css'] }, t.fx.orgA, today);
    const cohort: { household_id: string; detected_right_ids: string[] }[] = await t.db.query(sql, params);
    expect(cohort.find((c) => c.household_id === h)).toBeUndefined(); // not even for the CSS
    expect(cohort.flatMap((c) => c.detected_right_ids)).not.toContain(again);

    const refusedTask = await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Relancer', dueOn: today, detectedRightId: again } });
    expect(refusedTask.statusCode).toBe(422);
    expect(refusedTask.body.message).toMatch(/^La personne a refusé d’être sollicitée pour « RSA »/);
    const refusedContact = await t.request('POST', '/api/contacts', {
      cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'non_joint', rightIds: [again], nextAttemptOn: today },
    });
    expect(refusedContact.statusCode).toBe(422);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM contact WHERE household_id = $1', [h]);
    expect(n).toBe(0);
  });

  it('logs contacts: a reached person moves confirmed rights to informed, and a next attempt becomes my task', async () => {
    const h = await household();
    const r = await right(h, 'confirme', 'prime_activite', 18000);
    const c = await t.request('POST', '/api/contacts', {
      cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'joint', note: 'Dossier à préparer', rightIds: [r], nextAttemptOn: '2026-04-10' },
    });
    expect(c.statusCode).toBe(201);
    expect(c.body).toMatchObject({ channel: 'telephone', outcome: 'joint', rightIds: [r], nextAttemptOn: '2026-04-10', authorId: t.fx.users.sw.id });
    const rightNow = (await t.request('GET', `/api/detected-rights/${r}`, { cookie: sw })).body;
    expect(rightNow.status).toBe('informe');
    expect(rightNow.transitions).toEqual([expect.objectContaining({ from: 'confirme', to: 'informe', actorId: t.fx.users.sw.id })]);
    const task = (await t.request('GET', `/api/tasks/${c.body.nextTaskId}`, { cookie: sw })).body;
    expect(task).toMatchObject({ assigneeId: t.fx.users.sw.id, dueOn: '2026-04-10', contactId: c.body.id, detectedRightId: r, status: 'a_faire' });
    expect((await audits('contact', c.body.id))[0]).toMatchObject({ action: 'create', household_id: h });
    const list = await t.request('GET', `/api/contacts${q({ filter: { householdId: h } })}`, { cookie: sw });
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    // A right of another household cannot be linked.
    const other = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: t.fx.householdA, channel: 'sms', outcome: 'joint', rightIds: [r] } });
    expect(other.statusCode).toBe(400);
  });

  it('moves the rights the worker ticked to informed with the contact, in one transaction, and refuses any other move', async () => {
    const h = await household();
    const [r1, r2, r3] = [await right(h, 'confirme', 'rsa'), await right(h, 'confirme', 'prime_activite', 18000), await right(h, 'detecte', 'css', 0)];
    const contacts = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM contact WHERE household_id = $1', [h]))[0].n);
    const statuses = async () => (await t.db.query('SELECT id, status FROM detected_right WHERE household_id = $1 ORDER BY id', [h])).map((r: { id: string; status: string }) => [r.id, r.status]).sort();
    const unchanged = [[r1, 'confirme'], [r2, 'confirme'], [r3, 'detecte']].sort();
    const post = (body: object, cookie = sw) => t.request('POST', '/api/contacts', { cookie, body: { householdId: h, channel: 'telephone', outcome: 'joint', ...body } });

    // Refused, and nothing recorded: a right not discussed, a person not reached, a state that does not allow it.
    const notLinked = await post({ rightIds: [r1], informRightIds: [r2] });
    expect(notLinked.statusCode).toBe(400);
    expect(notLinked.body.errors).toEqual([expect.objectContaining({ field: 'informRightIds' })]);
    const notReached = await post({ outcome: 'non_joint', rightIds: [r1], informRightIds: [r1] });
    expect(notReached.statusCode).toBe(400);
    expect(notReached.body.errors).toEqual([expect.objectContaining({ field: 'informRightIds' })]);
    const wrongState = await post({ rightIds: [r1, r3], informRightIds: [r1, r3] });
    expect(wrongState.statusCode).toBe(409);
    expect(wrongState.body).toMatchObject({ currentStatus: 'detecte' });
    // A worker of another organisation cannot record it on this household.
    const otherOrg = await post({ rightIds: [r1], informRightIds: [r1] }, await t.login(t.fx.users.swB.email));
    expect(otherOrg.statusCode).toBe(404);
    expect(await contacts()).toBe(0);
    expect(await statuses()).toEqual(unchanged);

    // Unticked: the contact is recorded, the rights keep their state.
    const none = await post({ rightIds: [r1, r2], informRightIds: [] });
    expect(none.statusCode).toBe(201);
    expect(await statuses()).toEqual(unchanged);

    // Ticked for one of the two rights discussed: only that one moves, with the contact's note and its author.
    const c = await post({ channel: 'visite_domicile', rightIds: [r1, r2], informRightIds: [r1], note: 'A déjà un compte CAF' });
    expect(c.statusCode).toBe(201);
    expect(await statuses()).toEqual([[r1, 'informe'], [r2, 'confirme'], [r3, 'detecte']].sort());
    const informed = (await t.request('GET', `/api/detected-rights/${r1}`, { cookie: sw })).body;
    expect(informed.transitions).toEqual([
      expect.objectContaining({ from: 'confirme', to: 'informe', actorId: t.fx.users.sw.id, note: 'Contact : Visite à domicile, Personne jointe — A déjà un compte CAF' }),
    ]);
    expect((await audits('contact', c.body.id)).map((a) => [a.action, a.fields])).toEqual([['create', expect.arrayContaining(['rightIds', 'informRightIds', 'note'])]]);
    expect((await audits('detected_right', r1)).filter((a) => a.action === 'update')).toEqual([expect.objectContaining({ fields: ['status', 'note'], household_id: h })]);
    expect(await contacts()).toBe(2);
  });

  it('updates tasks (done stamps completedAt) and filters them', async () => {
    const h = await household();
    const created = await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Visite', dueOn: '2020-01-01', priority: 'urgente' } });
    const done = await t.request('PUT', `/api/tasks/${created.body.id}`, { cookie: sw, body: { ...created.body, status: 'faite' } });
    expect(done.statusCode).toBe(200);
    expect(done.body.completedAt).not.toBeNull();
    expect((await audits('task', created.body.id)).map((a) => [a.action, a.fields])).toEqual([['create', expect.any(Array)], ['update', ['status']]]);
    const foreign = await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'X', dueOn: '2026-01-01', assigneeId: t.fx.users.sw2.id } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body.errors[0].field).toBe('assigneeId');
  });

  it('lists detected rights and tasks with and without filters, with the total in Content-Range', async () => {
    const h = await household();
    const r = await right(h, 'confirme', 'prime_activite', 15000);
    await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Appeler', dueOn: '2020-01-01', detectedRightId: r } });
    for (const url of [
      '/api/detected-rights',
      `/api/detected-rights?filter=${encodeURIComponent(JSON.stringify({ householdId: h }))}`,
      '/api/tasks',
      `/api/tasks?filter=${encodeURIComponent(JSON.stringify({ householdId: h, due: 'overdue' }))}`,
    ]) {
      const res = await t.request('GET', url, { cookie: sw });
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.headers['content-range']).toMatch(/^(detected-rights|tasks) \d+-\d+\/\d+$/);
      expect(res.body.length).toBeGreaterThan(0);
    }
    const today = await t.request('GET', `/api/tasks?filter=${encodeURIComponent(JSON.stringify({ householdId: h, due: 'today' }))}`, { cookie: sw });
    expect(today.body).toEqual([]);
  });

  it('ranks my households by expected gain and lists my overdue and due tasks ("Ma journée")', async () => {
    await t.db.query(`UPDATE task SET status = 'annulee'`);
    await t.db.query(`UPDATE household SET referent_id = NULL WHERE referent_id = $1`, [t.fx.users.sw.id]);
    const small = await household();
    const big = await household();
    await right(small, 'detecte', 'rsa', 10000, 'haute'); // 120 000 × 1
    await right(big, 'detecte', 'rsa', 30000, 'faible'); // 360 000 × 0.3 = 108 000
    await right(big, 'confirme', 'cheque_energie', 20000, 'haute'); // annual 20 000 → 128 000
    const refused = await household(); // the largest gain, but the person refused (another benefit): left out
    await right(refused, 'detecte', 'aah', 90000, 'haute');
    const lapsed = await household(); // a refusal that ended yesterday no longer counts
    await right(lapsed, 'detecte', 'css', 5000, 'haute');
    await t.db.query(`INSERT INTO outreach_block (household_id, benefit, blocked_until) VALUES ($1, 'rsa', '2999-01-01'), ($2, 'css', current_date)`, [refused, lapsed]);
    const today = parisToday();
    for (const [due, priority] of [['2020-01-01', 'basse'], [today, 'urgente'], [today, 'basse'], ['2999-01-01', 'haute']]) {
      await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: small, title: `${due} ${priority}`, dueOn: due, priority } });
    }
    const day = await t.request('GET', '/api/my-day', { cookie: sw });
    expect(day.statusCode).toBe(200);
    expect(day.body.tasks.map((x: { title: string }) => x.title)).toEqual(['2020-01-01 basse', `${today} urgente`, `${today} basse`]);
    expect(day.body.households.map((x: { householdId: string; expectedAnnualGainCents: number }) => [x.householdId, x.expectedAnnualGainCents])).toEqual([
      [big, 128000],
      [small, 120000],
      [lapsed, 60000],
    ]);
    expect(day.body.households[0].openRights[0]).toMatchObject({ benefit: 'rsa', estimatedAmountCents: 30000, confidence: 'faible', status: 'detecte' });
  });

  it('creates, previews, launches once (job enqueued) and reports the funnel of a campaign', async () => {
    const created = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Prime d’activité', filters: { benefits: ['prime_activite'] } } });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ status: 'brouillon', assignment: 'referent', progress: { targetCount: null, tasksCreated: 0, status: 'brouillon' } });
    const noAssignee = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'X', filters: {}, assignment: 'user' } });
    expect(noAssignee.body.errors).toEqual([{ field: 'assigneeId', message: expect.any(String) }]);
    const launched = await t.request('POST', `/api/campaigns/${created.body.id}/launch`, { cookie: manager });
    expect(launched.statusCode).toBe(202);
    expect(launched.body).toMatchObject({ status: 'en_cours', enqueued: true });
    const queue = new Queue('campaigns', { connection: { host: '127.0.0.1', port: 6379 }, prefix: t.config.queuePrefix });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active']);
    expect(jobs.map((j) => [j.name, j.data])).toEqual([['campaigns.launch', { version: 1, payload: { campaignId: created.body.id } }]]);
    await queue.obliterate({ force: true });
    await queue.close();
    const twice = await t.request('POST', `/api/campaigns/${created.body.id}/launch`, { cookie: manager });
    expect(twice.body).toMatchObject({ statusCode: 409, currentStatus: 'en_cours' });
    const edit = await t.request('PUT', `/api/campaigns/${created.body.id}`, { cookie: manager, body: { name: 'Autre' } });
    expect(edit.statusCode).toBe(409);
    // Funnel over what the worker recorded.
    const h = await household();
    const r = await right(h, 'accorde', 'prime_activite', 20000);
    await t.db.query('UPDATE detected_right SET granted_monthly_amount_cents = 15000 WHERE id = $1', [r]);
    await t.db.query('INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids) VALUES ($1, $2, $3)', [created.body.id, h, [r]]);
    await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'visite_domicile', outcome: 'rdv_pris' } });
    const funnel = await t.request('GET', `/api/campaigns/${created.body.id}/funnel`, { cookie: manager });
    expect(funnel.body).toEqual({ targeted: 1, reached: 1, informed: 1, claimsFiled: 1, granted: 1, grantedAnnualCents: 180000, control: null });
    expect((await audits('campaign', created.body.id)).map((a) => a.action)).toEqual(['create', 'update', 'read']);
  });

  it('asks for a detection when a household changes and on "Relancer la détection", after the commit', async () => {
    const queue = new Queue('detection', { connection: { host: '127.0.0.1', port: 6379 }, prefix: t.config.queuePrefix });
    await queue.obliterate({ force: true });
    const put = await t.request('PUT', `/api/households/${t.fx.householdA}`, { cookie: sw, body: { monthlyRentCents: 45000 } });
    expect(put.body.detectionRequestedAt).not.toBeNull();
    const manual = await t.request('POST', `/api/households/${t.fx.householdA}/detect`, { cookie: sw });
    expect(manual.statusCode).toBe(202);
    expect(manual.body).toMatchObject({ householdId: t.fx.householdA, enqueued: true });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active']);
    expect(jobs.map((j) => j.data.payload).sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
      { householdId: t.fx.householdA, reason: 'manual' },
      { householdId: t.fx.householdA, reason: 'updated' },
    ]);
    // Nothing changed: no new request.
    await t.request('PUT', `/api/households/${t.fx.householdA}`, { cookie: sw, body: { monthlyRentCents: 45000 } });
    expect(await queue.getJobs(['waiting'])).toHaveLength(2);
    await queue.obliterate({ force: true });
    await queue.close();
    const events = await t.db.query(`SELECT fields FROM audit_event WHERE entity_type = 'household' AND entity_id = $1 AND 'detectionRequestedAt' = ANY(fields)`, [t.fx.householdA]);
    expect(events).toHaveLength(1);
  });
});
