// Referrals through HTTP against the real PostgreSQL: the consent rule, idempotent sending, every
// allowed and forbidden action, the partner's inbox (shared fields only, audited reads, 404 elsewhere,
// end of access on withdrawal and after the grace period) and the loop back to the detected right.
import { canApplyReferralAction, REFERRAL_STATUSES, referralActionRule, type ReferralAction, type ReferralStatus } from '@recours/domain';
import { q, startTestApp, type TestContext } from '../../../test/test-app';

const BODY: Partial<Record<ReferralAction, object>> = {
  decline: { reason: 'Hors compétence' },
  progress: { comment: 'Dossier en cours' },
  close: { outcome: 'sans_suite' },
};
const ROUTED: ReferralAction[] = ['acknowledge', 'accept', 'decline', 'progress', 'close', 'cancel'];

describe('referrals', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;
  let partner: string;
  let sw2: string;
  let seq = 500;

  beforeAll(async () => {
    t = await startTestApp();
    [sw, manager, partner, sw2] = await Promise.all([t.fx.users.sw, t.fx.users.manager, t.fx.users.partner, t.fx.users.sw2].map((u) => t.login(u.email)));
    await t.db.query(
      `INSERT INTO referral_type (territory_id, recipient_kind, label, shared_groups) VALUES
       ($1, 'caf', 'Orientation vers la CAF', '{identite,composition,revenus,droit_detecte}'),
       ($1, 'ccas', 'Orientation vers le CCAS', '{identite,logement}'),
       ($1, 'conseil_departemental', 'Orientation vers le Département', '{identite,composition,logement}')`,
      [t.fx.territoryA],
    );
    await t.db.query(`UPDATE organisation SET handled_benefits = '{prime_activite,rsa,aide_logement}' WHERE id = $1`, [t.fx.orgCaf]);
  });
  afterAll(() => t.close());

  /** A household of orgA: the applicant (with a salary), a spouse, and an open PPA right. */
  async function household(): Promise<{ id: string; applicant: string; spouse: string; right: string }> {
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name, address, housing_status, monthly_rent_cents)
       VALUES ($1, $2, $3, $4, '23096', '23000', 'Guéret', '3 rue des Lilas', 'locataire', 45000) RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, t.fx.orgA, t.fx.territoryA, t.fx.users.sw.id],
    );
    const [a] = await t.db.query(`INSERT INTO person (household_id, first_name, last_name, relationship, birth_date, phone) VALUES ($1, 'Aline', 'Morel', 'demandeur', '1988-02-03', '0601020304') RETURNING id`, [h.id]);
    const [s] = await t.db.query(`INSERT INTO person (household_id, first_name, last_name, relationship) VALUES ($1, 'Paul', 'Morel', 'conjoint') RETURNING id`, [h.id]);
    await t.db.query(`INSERT INTO income (person_id, kind, monthly_amount_cents, start_month) VALUES ($1, 'salaire', 123400, '2025-09')`, [a.id]);
    const [r] = await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, estimated_amount_cents, explanation)
       VALUES ($1, $2, $3, 'prime_activite', 19000, '[{"text":"Revenus d’activité sous le plafond"}]') RETURNING id`,
      [h.id, t.fx.orgA, t.fx.territoryA],
    );
    return { id: h.id, applicant: a.id, spouse: s.id, right: r.id };
  }
  const consent = (personId: string, given: boolean, recipient = t.fx.orgCaf, cookie = sw) =>
    t.request('POST', '/api/consents', { cookie, body: { personId, purpose: 'partage_partenaire', recipientOrganisationId: recipient, given, decidedOn: '2026-03-01', method: 'oral' } });
  const send = (body: object, cookie = sw, headers: Record<string, string> = {}) => t.request('POST', '/api/referrals', { cookie, body, headers });
  async function sentReferral(status: ReferralStatus = 'envoyee') {
    const h = await household();
    expect((await consent(h.applicant, true)).statusCode).toBe(201);
    const res = await send({ householdId: h.id, recipientOrganisationId: t.fx.orgCaf, detectedRightIds: [h.right], message: 'Joignable le matin' });
    expect(res.statusCode).toBe(201);
    if (status !== 'envoyee') await t.db.query(`UPDATE referral SET status = $2 WHERE id = $1`, [res.body.id, status]);
    return { ...h, referral: res.body.id as string };
  }
  const audits = async (entityType: string, entityId: string) =>
    (await t.db.query('SELECT action, fields, household_id, organisation_id FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY occurred_at', [entityType, entityId])) as {
      action: string; fields: string[]; household_id: string; organisation_id: string;
    }[];

  it('refuses to send without a sharing consent for that recipient (422), lets a manager override with a written reason', async () => {
    const h = await household();
    const body = { householdId: h.id, recipientOrganisationId: t.fx.orgCaf, detectedRightIds: [h.right] };
    const none = await send(body);
    expect(none.statusCode).toBe(422);
    expect(none.body).toEqual({ statusCode: 422, message: expect.stringContaining('Aucun consentement au partage'), errors: [{ field: 'consent', message: 'consentement au partage absent ou expiré' }] });
    // A consent to share with another organisation does not count.
    expect((await consent(h.applicant, true, t.fx.orgA2)).statusCode).toBe(201);
    expect((await send(body)).statusCode).toBe(422);
    expect((await send({ ...body, consentOverrideReason: 'Urgence' })).statusCode).toBe(403);
    const overridden = await send({ ...body, consentOverrideReason: 'Personne sous tutelle, accord du tuteur par téléphone' }, manager);
    expect(overridden.statusCode).toBe(201);
    expect(overridden.body).toMatchObject({ status: 'envoyee', box: 'sent', consentOverridden: true, consentOverrideReason: 'Personne sous tutelle, accord du tuteur par téléphone' });
    expect(await audits('referral', overridden.body.id)).toEqual([
      { action: 'create', fields: ['consentOverrideReason', 'detectedRightIds', 'householdId', 'recipientOrganisationId'], household_id: h.id, organisation_id: t.fx.orgA },
    ]);
    // An expired consent is no consent.
    const h2 = await household();
    await t.request('POST', '/api/consents', { cookie: sw, body: { personId: h2.applicant, purpose: 'partage_partenaire', recipientOrganisationId: t.fx.orgCaf, given: true, decidedOn: '2025-01-01', expiresOn: '2025-12-31', method: 'signe' } });
    expect((await send({ householdId: h2.id, recipientOrganisationId: t.fx.orgCaf, detectedRightIds: [h2.right] })).statusCode).toBe(422);
  });

  it('refuses a household under an outreach refusal, a foreign right, a foreign or own recipient', async () => {
    const h = await household();
    await consent(h.applicant, true);
    await t.db.query(`INSERT INTO outreach_block (household_id, benefit, blocked_until) VALUES ($1, 'prime_activite', '2099-01-01')`, [h.id]);
    const blocked = await send({ householdId: h.id, recipientOrganisationId: t.fx.orgCaf, detectedRightIds: [h.right] });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.body.errors).toEqual([{ field: 'detectedRightIds', message: 'refus de la personne en cours jusqu’au 01/01/2099' }]);
    const noRight = await send({ householdId: h.id, recipientOrganisationId: t.fx.orgCaf, purpose: 'Accès aux droits' });
    expect(noRight.statusCode).toBe(422);
    expect(noRight.body.errors).toEqual([{ field: 'householdId', message: 'refus de la personne en cours' }]);
    const other = await household();
    await consent(other.applicant, true);
    expect((await send({ householdId: other.id, recipientOrganisationId: t.fx.orgCaf, detectedRightIds: [t.fx.rightA] })).body.errors).toEqual([
      { field: 'detectedRightIds', message: 'droit inconnu ou d’un autre foyer' },
    ]);
    for (const recipient of [t.fx.orgA, t.fx.orgB])
      expect((await send({ householdId: other.id, recipientOrganisationId: recipient, purpose: 'x' })).body.errors).toEqual([
        { field: 'recipientOrganisationId', message: 'organisation inconnue, hors de votre territoire ou la vôtre' },
      ]);
    expect((await send({ householdId: t.fx.householdA2, recipientOrganisationId: t.fx.orgCaf, purpose: 'x' })).statusCode).toBe(404);
  });

  it('creates one referral for two sendings with the same Idempotency-Key', async () => {
    const h = await household();
    await consent(h.applicant, true);
    const body = { householdId: h.id, recipientOrganisationId: t.fx.orgCaf, detectedRightIds: [h.right] };
    const first = await send(body, sw, { 'idempotency-key': 'k-123' });
    const second = await send(body, sw, { 'idempotency-key': 'k-123' });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect((await t.db.query('SELECT count(*)::int AS n FROM referral WHERE household_id = $1', [h.id]))[0].n).toBe(1);
    const other = await household();
    await consent(other.applicant, true);
    expect((await send({ ...body, householdId: other.id, detectedRightIds: [other.right] }, sw, { 'idempotency-key': 'k-123' })).statusCode).toBe(409);
    expect((await send(body, sw, { 'idempotency-key': 'k-124' })).body.id).not.toBe(first.body.id);
  });

  it('applies every allowed action and answers 409 with the current state to every other one', async () => {
    let allowed = 0;
    for (const from of REFERRAL_STATUSES) {
      for (const action of ROUTED) {
        const { referral } = await sentReferral(from);
        const cookie = referralActionRule(action).by === 'sender' ? sw : partner;
        const res = await t.request('POST', `/api/referrals/${referral}/${action}`, { cookie, body: BODY[action] ?? {} });
        const [{ status }] = await t.db.query('SELECT status FROM referral WHERE id = $1', [referral]);
        if (canApplyReferralAction(action, from)) {
          allowed++;
          const to = referralActionRule(action).to;
          expect({ from, action, code: res.statusCode, status: res.body.status }).toEqual({ from, action, code: 200, status: to });
          expect(status).toBe(to);
          expect(res.body.events.at(-1)).toMatchObject({ from, to });
          expect((await audits('referral', referral)).filter((a) => a.action === 'update')).toEqual([
            expect.objectContaining({ fields: expect.arrayContaining(['status']) }),
          ]);
        } else {
          expect({ from, action, code: res.statusCode, body: res.body }).toEqual({
            from, action, code: 409,
            body: { statusCode: 409, message: expect.stringMatching(/^Transition impossible depuis l'état « .+ »$/), currentStatus: from },
          });
          expect(status).toBe(from);
        }
      }
    }
    expect(allowed).toBe(1 + 1 + 1 + 2 + 2 + 4);
  });

  it('keeps each action to its party (403) and checks the body of each action (400)', async () => {
    const { referral } = await sentReferral('envoyee');
    expect((await t.request('POST', `/api/referrals/${referral}/acknowledge`, { cookie: sw, body: {} })).statusCode).toBe(403);
    expect((await t.request('POST', `/api/referrals/${referral}/cancel`, { cookie: partner, body: {} })).statusCode).toBe(403);
    await t.db.query(`UPDATE referral SET status = 'accusee' WHERE id = $1`, [referral]);
    const noReason = await t.request('POST', `/api/referrals/${referral}/decline`, { cookie: partner, body: {} });
    expect(noReason.body).toEqual({ statusCode: 400, message: 'Données invalides', errors: [{ field: 'reason', message: 'motif du refus obligatoire' }] });
    await t.db.query(`UPDATE referral SET status = 'acceptee' WHERE id = $1`, [referral]);
    const badClose = await t.request('POST', `/api/referrals/${referral}/close`, { cookie: partner, body: { outcome: 'droit_ouvert', monthlyAmountCents: '187,50' } });
    expect(badClose.statusCode).toBe(400);
    expect(badClose.body.errors.map((e: { field: string }) => e.field)).toEqual(['monthlyAmountCents', 'startMonth']);
  });

  it('shows the partner only the shared fields, audits each read, and shows it in the household history', async () => {
    const h = await sentReferral();
    const inbox = await t.request('GET', '/api/referrals', { cookie: partner });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body.map((r: { id: string }) => r.id)).toContain(h.referral);
    const res = await t.request('GET', `/api/referrals/${h.referral}`, { cookie: partner });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatchObject({ box: 'received', applicantName: 'Aline MOREL', allowedActions: ['acknowledge'], consentOverrideReason: null });
    expect(Object.keys(res.body.shared).sort()).toEqual(['composition', 'identity', 'incomes', 'rights']);
    expect(res.body.shared.identity).toMatchObject({ firstName: 'Aline', lastName: 'Morel', phone: '0601020304' });
    expect(res.body.shared.composition.map((p: { firstName: string }) => p.firstName)).toEqual(['Aline', 'Paul']);
    expect(res.body.shared.incomes).toEqual([{ personName: 'Aline MOREL', kind: 'salaire', monthlyAmountCents: 123400, fromMonth: '2025-09', toMonth: null }]);
    expect(res.body.shared.rights).toEqual([expect.objectContaining({ id: h.right, benefit: 'prime_activite', explanation: [{ text: 'Revenus d’activité sous le plafond' }] })]);
    expect(JSON.stringify(res.body)).not.toContain('45000'); // rent: housing is not shared with the CAF
    const reads = (await audits('referral', h.referral)).filter((a) => a.action === 'read');
    expect(reads).toEqual([{ action: 'read', fields: ['identite', 'composition', 'revenus', 'droit_detecte'], household_id: h.id, organisation_id: t.fx.orgCaf }]);
    const history = await t.request('GET', `/api/households/${h.id}/access-history${q({ filter: { entityType: 'referral', action: 'read' } })}`, { cookie: sw });
    expect(history.body).toEqual([expect.objectContaining({ actorId: t.fx.users.partner.id, organisationId: t.fx.orgCaf, entityId: h.referral })]);
  });

  it('ends the partner’s access at once when the consent is withdrawn', async () => {
    const h = await sentReferral();
    expect((await t.request('GET', `/api/referrals/${h.referral}`, { cookie: partner })).statusCode).toBe(200);
    expect((await consent(h.applicant, false)).statusCode).toBe(201);
    const after = await t.request('GET', `/api/referrals/${h.referral}`, { cookie: partner });
    expect(after).toMatchObject({ statusCode: 404, body: { statusCode: 404, message: 'Introuvable ou accès refusé' } });
    expect((await t.request('POST', `/api/referrals/${h.referral}/acknowledge`, { cookie: partner, body: {} })).statusCode).toBe(404);
    const inbox = await t.request('GET', `/api/referrals${q({ range: [0, 99] })}`, { cookie: partner });
    expect(inbox.body.map((r: { id: string }) => r.id)).not.toContain(h.referral);
    // The sender still sees it; the ledger keeps both rows in order.
    expect((await t.request('GET', `/api/referrals/${h.referral}`, { cookie: sw })).statusCode).toBe(200);
    const ledger = await t.request('GET', `/api/consents${q({ filter: { personId: h.applicant } })}`, { cookie: sw });
    expect(ledger.body.map((c: { given: boolean }) => c.given)).toEqual([true, false]);
    await expect(t.db.query('UPDATE consent SET given = true WHERE person_id = $1', [h.applicant])).rejects.toThrow(/append-only/);
    // No new referral either.
    expect((await send({ householdId: h.id, recipientOrganisationId: t.fx.orgCaf, purpose: 'x' })).statusCode).toBe(422);
  });

  it('ends the partner’s access after the grace period of a closed referral', async () => {
    const h = await sentReferral('cloturee');
    await t.db.query(`UPDATE referral SET closed_at = now() - interval '29 days' WHERE id = $1`, [h.referral]);
    expect((await t.request('GET', `/api/referrals/${h.referral}`, { cookie: partner })).statusCode).toBe(200);
    await t.db.query(`UPDATE organisation SET referral_grace_days = 20 WHERE id = $1`, [t.fx.orgCaf]);
    expect((await t.request('GET', `/api/referrals/${h.referral}`, { cookie: partner })).statusCode).toBe(404);
    await t.db.query(`UPDATE organisation SET referral_grace_days = 30 WHERE id = $1`, [t.fx.orgCaf]);
  });

  it('gives the partner 404 on every household, person, income, detected right and referral outside their inbox', async () => {
    const h = await sentReferral();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of [`/api/households/${h.id}`, `/api/households/${t.fx.householdA}`, `/api/households/${h.id}/access-history`, `/api/detected-rights/${h.right}`]) {
      const res = await t.request('GET', path, { cookie: partner });
      expect({ path, status: res.statusCode, body: res.body }).toEqual({ path, status: 404, body: (await t.request('GET', path.replace(/[0-9a-f-]{36}/, missing), { cookie: partner })).body });
    }
    expect((await t.request('GET', '/api/households', { cookie: partner })).body).toEqual([]);
    expect((await t.request('GET', '/api/detected-rights', { cookie: partner })).body).toEqual([]);
    expect((await t.request('GET', `/api/consents${q({ filter: { personId: h.applicant } })}`, { cookie: partner })).statusCode).toBe(404);
    // A referral to the CCAS is not in the CAF's inbox.
    await consent(h.applicant, true, t.fx.orgA2);
    const toCcas = await send({ householdId: h.id, recipientOrganisationId: t.fx.orgA2, purpose: 'Aide au logement' });
    expect(toCcas.statusCode).toBe(201);
    expect((await t.request('GET', `/api/referrals/${toCcas.body.id}`, { cookie: partner })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/referrals/${toCcas.body.id}/acknowledge`, { cookie: partner, body: {} })).statusCode).toBe(404);
    // The CCAS (a social worker's organisation) receives it with identity and housing only.
    const ccas = await t.request('GET', `/api/referrals/${toCcas.body.id}`, { cookie: sw2 });
    expect(Object.keys(ccas.body.shared).sort()).toEqual(['housing', 'identity']);
    expect(ccas.body.shared.housing).toMatchObject({ monthlyRentCents: 45000 });
  });

  it('closes with droit_ouvert and moves the linked detected right to accorde with that amount', async () => {
    const h = await sentReferral();
    for (const [action, body] of [['acknowledge', {}], ['accept', {}], ['close', { outcome: 'droit_ouvert', monthlyAmountCents: 18750, startMonth: '2026-05' }]] as const) {
      const res = await t.request('POST', `/api/referrals/${h.referral}/${action}`, { cookie: partner, body });
      expect({ action, code: res.statusCode }).toEqual({ action, code: 200 });
    }
    const right = await t.request('GET', `/api/detected-rights/${h.right}`, { cookie: sw });
    expect(right.body).toMatchObject({ status: 'accorde', grantedMonthlyAmountCents: 18750, grantedFrom: '2026-05-01' });
    expect(right.body.transitions.map((x: { to: string }) => x.to)).toEqual(['confirme', 'informe', 'demande_deposee', 'accorde']);
    expect(right.body.transitions.at(-1).actorId).toBe(t.fx.users.partner.id);
    const seen = await t.request('GET', `/api/referrals${q({ filter: { householdId: h.id } })}`, { cookie: sw });
    expect(seen.body).toEqual([expect.objectContaining({ status: 'cloturee', outcome: 'droit_ouvert', outcomeMonthlyAmountCents: 18750, outcomeStartMonth: '2026-05' })]);
    expect((await audits('detected_right', h.right)).filter((a) => a.action === 'update').map((a) => a.organisation_id)).toEqual(Array(4).fill(t.fx.orgCaf));
  });

  it('closes with droit_refuse and moves the linked detected right to refuse', async () => {
    const h = await sentReferral('en_cours');
    const res = await t.request('POST', `/api/referrals/${h.referral}/close`, { cookie: partner, body: { outcome: 'droit_refuse', reason: 'ressources_superieures' } });
    expect(res.statusCode).toBe(200);
    const [r] = await t.db.query('SELECT status, refusal_reason FROM detected_right WHERE id = $1', [h.right]);
    expect(r).toEqual({ status: 'refuse', refusal_reason: 'ressources_superieures' });
  });

  it('writes the audit event in the same transaction as the action', async () => {
    const h = await sentReferral();
    await t.db.query(`CREATE FUNCTION fail_referral_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.entity_type = 'referral' AND NEW.action IN ('update', 'read') THEN RAISE EXCEPTION 'audit down'; END IF; RETURN NEW; END $$`);
    await t.db.query('CREATE TRIGGER fail_referral_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION fail_referral_audit()');
    try {
      expect((await t.request('POST', `/api/referrals/${h.referral}/acknowledge`, { cookie: partner, body: {} })).statusCode).toBe(500);
      expect((await t.request('GET', `/api/referrals/${h.referral}`, { cookie: partner })).statusCode).toBe(500);
      const [{ status }] = await t.db.query('SELECT status FROM referral WHERE id = $1', [h.referral]);
      expect(status).toBe('envoyee');
      expect((await t.db.query('SELECT count(*)::int AS n FROM referral_event WHERE referral_id = $1', [h.referral]))[0].n).toBe(1);
    } finally {
      await t.db.query('DROP TRIGGER fail_referral_audit ON audit_event');
      await t.db.query('DROP FUNCTION fail_referral_audit()');
    }
  });

  it('filters the lists by box, status, recipient, benefit and overdue', async () => {
    const h = await sentReferral();
    await t.db.query(`UPDATE referral SET status_changed_at = now() - interval '6 days' WHERE id = $1`, [h.referral]);
    const ids = async (cookie: string, params: Record<string, unknown>, box?: string) =>
      ((await t.request('GET', `/api/referrals${q({ range: [0, 99], ...params })}${box ? `&box=${box}` : ''}`, { cookie })).body as { id: string }[]).map((r) => r.id);
    expect(await ids(partner, { filter: { overdue: true } })).toContain(h.referral);
    expect(await ids(partner, { filter: { overdue: false } })).not.toContain(h.referral);
    expect(await ids(sw, { filter: { benefit: 'prime_activite', recipientOrganisationId: t.fx.orgCaf, status: 'envoyee' } })).toContain(h.referral);
    expect(await ids(sw, { filter: { benefit: 'rsa' } })).not.toContain(h.referral);
    expect(await ids(sw, {}, 'received')).not.toContain(h.referral);
    expect(await ids(partner, {}, 'sent')).toEqual([]);
    expect((await t.request('GET', '/api/referrals?box=inbox', { cookie: sw })).body.errors).toEqual([{ field: 'box', message: 'doit valoir sent ou received' }]);
  });

  it('lists the partners of the territory by benefit, with what a referral shares', async () => {
    const res = await t.request('GET', `/api/partners${q({ filter: { benefit: 'prime_activite' } })}`, { cookie: sw });
    expect(res.body).toEqual([expect.objectContaining({ id: t.fx.orgCaf, kind: 'caf', sharedGroups: ['identite', 'composition', 'revenus', 'droit_detecte'] })]);
    const admin = await t.login(t.fx.users.admin.email);
    const types = await t.request('GET', '/api/referral-types', { cookie: admin });
    const ccasType = types.body.find((x: { recipientKind: string }) => x.recipientKind === 'ccas');
    const upd = await t.request('PUT', `/api/referral-types/${ccasType.id}`, { cookie: admin, body: { sharedGroups: ['identite', 'logement', 'revenus'] } });
    expect(upd.body.sharedGroups).toEqual(['identite', 'logement', 'revenus']);
    expect((await t.request('PUT', `/api/referral-types/${ccasType.id}`, { cookie: sw, body: { sharedGroups: [] } })).statusCode).toBe(403);
    await t.request('PUT', `/api/referral-types/${ccasType.id}`, { cookie: admin, body: { sharedGroups: ['identite', 'logement'] } });
  });
});
