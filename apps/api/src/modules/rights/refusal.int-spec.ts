// "Refusal is a refusal" (issue 15): once a person declines, no outreach act reaches their household
// until the block ends — whatever benefit it is about — except a contact they initiate, in which they
// may lift it. The refusal outlives the household's deletion as a keyed hash of identity.
import { parisToday } from '@recours/domain';
import { campaignCohortQuery, identityHash } from '@recours/outreach-sql';
import { startTestApp, type TestContext } from '../../../test/test-app';

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

describe('refusal of outreach (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;
  let swB: string;
  const today = parisToday();

  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    manager = await t.login(t.fx.users.manager.email);
    swB = await t.login(t.fx.users.swB.email);
    await t.db.query('UPDATE territory SET household_seq = 10 WHERE id = $1', [t.fx.territoryB]); // the fixture's HH-2026-00001 is taken
  });
  afterAll(() => t.close());

  const member = (firstName: string, lastName: string, birthDate: string) => ({ firstName, lastName, relationship: 'demandeur', birthDate });

  async function createHousehold(cookie: string, members: object[]): Promise<string> {
    const res = await t.request('POST', '/api/households', { cookie, body: { communeInsee: '23096', postcode: '23000', communeName: 'Guéret', members } });
    expect(res.statusCode).toBe(201);
    return res.body.id;
  }
  async function right(householdId: string, benefit: string, status = 'confirme', organisationId = t.fx.orgA, territoryId = t.fx.territoryA): Promise<string> {
    const [r] = await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, $4, $5, 20000, 'mensuel', 'haute') RETURNING id`,
      [householdId, organisationId, territoryId, benefit, status],
    );
    return r.id;
  }
  /** A household whose applicant refused RSA outreach today; its other right (CSS) is still open. */
  async function refusedHousehold(name: string) {
    const h = await createHousehold(sw, [member('Inès', name, '1985-07-21')]);
    const rsa = await right(h, 'rsa');
    const css = await right(h, 'css', 'detecte');
    const refusal = await t.request('POST', `/api/detected-rights/${rsa}/transitions`, { cookie: sw, body: { to: 'refus_personne', note: 'Ne souhaite plus être appelée' } });
    expect(refusal.statusCode).toBe(200);
    return { h, rsa, css, until: refusal.body.outreachBlockedUntil as string };
  }
  const count = async (table: string, householdId: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE household_id = $1`, [householdId]))[0].n;

  function expectRefused(res: { statusCode: number; body: { message: string; errors: { field: string; message: string }[] } }, until: string, field: string) {
    expect(res.statusCode).toBe(422);
    expect(res.body.message).toMatch(/^La personne a refusé d’être sollicitée pour « RSA »/);
    expect(res.body.message).toContain(`jusqu’au ${frenchDate(until)}`);
    expect(res.body.errors).toEqual([{ field, message: `refus de la personne en cours jusqu’au ${frenchDate(until)}` }]);
  }

  it('refuses the eight follow-ups: generic task, task on the right, next attempts with and without the right, a logged call, a manual right, campaigns on both benefits', async () => {
    const { h, rsa, css, until } = await refusedHousehold('Moreau');
    expect(until > today).toBe(true);
    // 1. A generic task (no right linked).
    expectRefused(await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Passer voir la famille', dueOn: today } }), until, 'householdId');
    // 2. A task on the refused right.
    expectRefused(await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Relancer', dueOn: today, detectedRightId: rsa } }), until, 'detectedRightId');
    // 3. A contact with a next attempt and no right linked (it would create a task).
    expectRefused(await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'non_joint', nextAttemptOn: today } }), until, 'inbound');
    // 4. A contact with a next attempt on the refused right.
    expectRefused(await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'sms', outcome: 'non_joint', rightIds: [rsa], nextAttemptOn: today } }), until, 'inbound');
    // 5. A logged call about the refused right, without a next attempt.
    expectRefused(await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'joint', rightIds: [rsa] } }), until, 'inbound');
    expect([await count('contact', h), await count('task', h)]).toEqual([0, 0]);
    // 6. A new manual right of the refused benefit.
    const manual = await t.request('POST', '/api/detected-rights', { cookie: sw, body: { householdId: h, benefit: 'rsa', estimatedAmountCents: 40000 } });
    expect(manual.statusCode).toBe(422);
    expect(manual.body.message).toContain(`jusqu’au ${frenchDate(until)}`);
    expect(manual.body.errors[0].field).toBe('benefit');
    // 7 and 8. Campaigns on the refused benefit and on another one: the household is left out of both.
    for (const benefit of ['rsa', 'css']) {
      const preview = await t.request('POST', '/api/campaigns/preview', { cookie: manager, body: { filters: { benefits: [benefit], statuses: ['detecte', 'confirme'] } } });
      expect(preview.statusCode).toBe(200);
      const { sql, params } = campaignCohortQuery({ benefits: [benefit as 'rsa'], statuses: ['detecte', 'confirme'] }, t.fx.orgA, today);
      const cohort: { household_id: string }[] = await t.db.query(sql, params);
      expect(cohort.map((c) => c.household_id)).not.toContain(h);
    }
    const cssPreview = await t.request('POST', '/api/campaigns/preview', { cookie: manager, body: { filters: { benefits: ['css'] } } });
    expect(cssPreview.body.excludedByRefusal).toBeGreaterThanOrEqual(1);
    // The CSS right says outreach is blocked, like the refused one.
    expect((await t.request('GET', `/api/detected-rights/${css}`, { cookie: sw })).body.outreachBlockedUntil).toBe(until);
  });

  it('cancels every open task of the household at the refusal, and a cancelled task cannot be reopened', async () => {
    const h = await createHousehold(sw, [member('Paul', 'Girard', '1970-01-02')]);
    const rsa = await right(h, 'rsa');
    const generic = await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Visite à domicile', dueOn: today } });
    expect(generic.statusCode).toBe(201);
    await t.request('POST', `/api/detected-rights/${rsa}/transitions`, { cookie: sw, body: { to: 'refus_personne', note: null } });
    expect((await t.request('GET', `/api/tasks/${generic.body.id}`, { cookie: sw })).body.status).toBe('annulee');
    const reopen = await t.request('PUT', `/api/tasks/${generic.body.id}`, { cookie: sw, body: { status: 'a_faire' } });
    expect(reopen.statusCode).toBe(422);
    expect(reopen.body.errors[0].field).toBe('status');
  });

  it('records an inbound contact; with the person’s words it lifts the refusal (audited), then outreach resumes', async () => {
    const { h, rsa, until } = await refusedHousehold('Lefèvre');
    const inbound = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'joint', inbound: true, note: 'Appelle pour une question de loyer' } });
    expect(inbound.statusCode).toBe(201);
    expect(inbound.body.inbound).toBe(true);
    // Inbound, but no next attempt while the refusal lasts.
    expectRefused(await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'permanence', outcome: 'joint', inbound: true, nextAttemptOn: today } }), until, 'nextAttemptOn');
    // Lifting needs an inbound contact and the person's words.
    const outbound = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'joint', liftRefusal: true, personWords: 'Rappelez-moi' } });
    expect(outbound.statusCode).toBe(400);
    expect(outbound.body.errors).toEqual([{ field: 'inbound', message: expect.any(String) }]);
    const noWords = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'joint', inbound: true, liftRefusal: true, personWords: '  ' } });
    expect(noWords.statusCode).toBe(400);
    expect(noWords.body.errors).toEqual([{ field: 'personWords', message: expect.any(String) }]);
    // Another organisation cannot lift it.
    const foreign = await t.request('POST', '/api/contacts', { cookie: swB, body: { householdId: h, channel: 'telephone', outcome: 'joint', inbound: true, liftRefusal: true, personWords: 'Je veux bien' } });
    expect(foreign.statusCode).toBe(404);

    const words = 'Finalement je veux bien qu’on m’aide pour le RSA, vous pouvez me rappeler';
    const lift = await t.request('POST', '/api/contacts', {
      cookie: sw, body: { householdId: h, channel: 'permanence', outcome: 'rdv_pris', inbound: true, liftRefusal: true, personWords: words, nextAttemptOn: today },
    });
    expect(lift.statusCode).toBe(201);
    expect(lift.body.nextTaskId).not.toBeNull();
    const [block] = await t.db.query('SELECT blocked_until::text AS until, lift_words, lifted_by, lift_contact_id FROM outreach_block WHERE household_id = $1', [h]);
    expect(block).toEqual({ until: today, lift_words: words, lifted_by: t.fx.users.sw.id, lift_contact_id: lift.body.id });
    const events = await t.db.query(`SELECT action, fields FROM audit_event WHERE entity_type = 'outreach_block' AND household_id = $1`, [h]);
    expect(events).toEqual([{ action: 'update', fields: ['blockedUntil', 'liftedAt', 'liftWords', 'liftContactId'] }]);
    expect(await t.db.query('SELECT 1 FROM refused_identity WHERE identity_hash = $1', [identityHash(t.config.refusalIdentitySecret, member('Inès', 'Lefèvre', '1985-07-21'))])).toEqual([]);
    expect((await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Préparer le dossier RSA', dueOn: today, detectedRightId: rsa } })).statusCode).toBe(201);
    // Nothing left to lift.
    const again = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'permanence', outcome: 'joint', inbound: true, liftRefusal: true, personWords: words } });
    expect(again.statusCode).toBe(422);
  });

  it('outlives the household: a deleted household leaves a hash only, and re-creating the person brings the block back', async () => {
    const { h, until } = await refusedHousehold('Müller-Petit');
    const deleted = await t.request('DELETE', `/api/households/${h}`, { cookie: manager });
    expect(deleted.statusCode).toBe(200);
    expect(await t.db.query('SELECT 1 FROM outreach_block WHERE household_id = $1', [h])).toEqual([]);
    const kept = await t.db.query('SELECT organisation_id, identity_hash, benefit, blocked_until::text AS until FROM refused_identity WHERE organisation_id = $1', [t.fx.orgA]);
    const hash = identityHash(t.config.refusalIdentitySecret, member('Inès', 'Müller-Petit', '1985-07-21'));
    expect(kept).toContainEqual({ organisation_id: t.fx.orgA, identity_hash: hash, benefit: 'rsa', until });
    expect(JSON.stringify(kept)).not.toMatch(/m[uü]ller|in[eè]s|1985/i);

    // The same person typed differently, with another member: the new household is blocked until the same date.
    const again = await createHousehold(sw, [member('INES', 'Muller Petit', '1985-07-21'), { ...member('Jade', 'Muller', '2012-02-02'), relationship: 'enfant' }]);
    expectRefused(await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: again, title: 'Premier appel', dueOn: today } }), until, 'householdId');
    const [audit] = await t.db.query(`SELECT action, fields FROM audit_event WHERE entity_type = 'outreach_block' AND household_id = $1`, [again]);
    expect(audit).toEqual({ action: 'create', fields: ['benefit', 'blockedUntil'] });
    // Added later as a member of an existing household: blocked too.
    const other = await createHousehold(sw, [member('Louis', 'Bernard', '1960-05-05')]);
    const put = await t.request('PUT', `/api/households/${other}`, { cookie: sw, body: { members: [member('Louis', 'Bernard', '1960-05-05'), { ...member('Inès', 'Müller-Petit', '1985-07-21'), relationship: 'conjoint' }] } });
    expect(put.statusCode).toBe(200);
    expectRefused(await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: other, channel: 'courrier', outcome: 'non_joint' } }), until, 'inbound');
    // Another organisation holding the same person is not bound by this one's record, and reads nothing of it.
    const inB = await createHousehold(swB, [member('Inès', 'Müller-Petit', '1985-07-21')]);
    expect((await t.request('POST', '/api/tasks', { cookie: swB, body: { householdId: inB, title: 'Appel', dueOn: today } })).statusCode).toBe(201);
    expect((await t.request('POST', '/api/tasks', { cookie: swB, body: { householdId: again, title: 'Appel', dueOn: today } })).statusCode).toBe(404);
  });

  it('forgets a kept refusal at its term', async () => {
    const hash = identityHash(t.config.refusalIdentitySecret, member('Zoé', 'Arnaud', '1999-09-09'))!;
    await t.db.query(`INSERT INTO refused_identity (organisation_id, identity_hash, benefit, blocked_until) VALUES ($1, $2, 'rsa', $3::date)`, [t.fx.orgA, hash, today]);
    const h = await createHousehold(sw, [member('Zoé', 'Arnaud', '1999-09-09')]);
    expect((await t.request('POST', '/api/tasks', { cookie: sw, body: { householdId: h, title: 'Appel', dueOn: today } })).statusCode).toBe(201);
    expect(await t.db.query('SELECT 1 FROM refused_identity WHERE identity_hash = $1', [hash])).toEqual([]);
  });
});
