import { rulesetFingerprint } from '@recours/detection';
import { detectHouseholdJob, detectionSweepJob } from '@recours/jobs';
import { formatStep, type ExplanationStep, type TextStep } from '@recours/rights';
import { addIncome, createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../../test/fixtures';
import { startWorker, type WorkerHarness } from '../../test/worker-harness';

interface RightRow {
  id: string;
  benefit: string;
  status: string;
  estimated_amount_cents: number;
  amount_period: string;
  confidence: string;
  missing_inputs: string[];
  /** The summary and warnings as sentences, the engine's steps as data (template key, values). */
  explanation: (ExplanationStep | TextStep)[];
  rule_version: string;
  parameter_dates: Record<string, unknown>;
  source: string;
}

describe('detection jobs on real PostgreSQL and Redis', () => {
  let w: WorkerHarness;
  let org: OrgFixture;

  beforeAll(async () => {
    w = await startWorker();
    org = await createOrganisation(w.pool);
  });
  afterAll(async () => w.close());

  const rights = async (householdId: string) =>
    (await w.pool.query<RightRow>(`SELECT * FROM detected_right WHERE household_id = $1 ORDER BY benefit`, [householdId])).rows;
  const byBenefit = async (householdId: string) => new Map((await rights(householdId)).map((r) => [r.benefit, r]));
  const detectJob = (householdId: string) => w.run(detectHouseholdJob, { householdId, reason: 'updated' });

  it('creates detected rights with the explanation, rule version, parameter dates, confidence and history', async () => {
    const { id } = await insertHousehold(w.pool, org, {
      members: [{ activity: 'inactif' }, { relationship: 'conjoint', birthDate: null, activity: 'inactif' }],
    });
    await expect(detectJob(id)).resolves.toMatchObject({ status: 'done' });
    const r = await byBenefit(id);
    expect([...r.keys()]).toEqual(expect.arrayContaining(['rsa', 'aide_logement', 'css', 'cheque_energie']));
    const rsa = r.get('rsa')!;
    expect(rsa).toMatchObject({ status: 'detecte', source: 'moteur', amount_period: 'mensuel', confidence: 'faible' });
    expect(rsa.estimated_amount_cents).toBeGreaterThan(50_000);
    expect(rsa.missing_inputs).toEqual(['Date de naissance (Conjoint·e)']);
    expect(formatStep(rsa.explanation[0])).toMatch(/^RSA : montant estimé .* par mois ; prestation non perçue/);
    expect(rsa.explanation.some((s) => 'key' in s && s.key === 'rsa.montant_forfaitaire')).toBe(true);
    expect(rsa.explanation.some((s) => /Montant forfaitaire/i.test(formatStep(s)))).toBe(true);
    expect(rsa.rule_version).toMatch(/^rsa@/);
    expect(Object.keys(rsa.parameter_dates).some((k) => k.startsWith('rsa.'))).toBe(true);
    expect(r.get('cheque_energie')!.amount_period).toBe('annuel');
    const history = await w.pool.query(`SELECT from_status, to_status, actor_id, reason FROM detected_right_transition WHERE detected_right_id = $1`, [rsa.id]);
    expect(history.rows).toEqual([{ from_status: null, to_status: 'detecte', actor_id: null, reason: 'detection' }]);
    const h = await w.pool.query(`SELECT detected_at, detection_fingerprint FROM household WHERE id = $1`, [id]);
    expect(h.rows[0].detection_fingerprint).toBe(rulesetFingerprint());
    expect(h.rows[0].detected_at).not.toBeNull();
  });

  it('running it twice keeps one row per benefit, and an income change updates the amount', async () => {
    const { id, personIds } = await insertHousehold(w.pool, org);
    await detectJob(id);
    await detectJob(id);
    const first = await rights(id);
    expect(first.filter((r) => r.benefit === 'rsa')).toHaveLength(1);
    const rsaBefore = first.find((r) => r.benefit === 'rsa')!;

    await addIncome(w.pool, personIds[0], { kind: 'chomage', monthlyAmountCents: 30_000 });
    await detectJob(id);
    const after = await rights(id);
    expect(after).toHaveLength(first.length);
    const rsaAfter = after.find((r) => r.benefit === 'rsa')!;
    expect(rsaAfter.id).toBe(rsaBefore.id);
    expect(rsaAfter.estimated_amount_cents).toBeLessThan(rsaBefore.estimated_amount_cents - 20_000);
    const transitions = await w.pool.query(`SELECT count(*)::int AS n FROM detected_right_transition WHERE detected_right_id = $1`, [rsaBefore.id]);
    expect(transitions.rows[0].n).toBe(1);
  });

  it('never changes a status: a confirmed right keeps its status and explanation, a right no longer due stays open at 0', async () => {
    const { id, personIds } = await insertHousehold(w.pool, org);
    await detectJob(id);
    await w.pool.query(`UPDATE detected_right SET status = 'confirme' WHERE household_id = $1 AND benefit = 'aide_logement'`, [id]);
    const before = await byBenefit(id);

    await addIncome(w.pool, personIds[0], { kind: 'salaire', monthlyAmountCents: 450_000 });
    await detectJob(id);
    const after = await byBenefit(id);
    const al = after.get('aide_logement')!;
    expect(al.status).toBe('confirme');
    expect(al.explanation).toEqual(before.get('aide_logement')!.explanation);
    expect(al.estimated_amount_cents).toBe(0);
    const rsa = after.get('rsa')!;
    expect(rsa).toMatchObject({ id: before.get('rsa')!.id, status: 'detecte', estimated_amount_cents: 0 });
    expect(formatStep(rsa.explanation[0])).toBe('RSA : aucun droit estimé pour ce mois.');
    expect(after.has('prime_activite')).toBe(false);
  });

  it('creates no detection for a benefit under an active outreach block', async () => {
    const { id } = await insertHousehold(w.pool, org);
    await w.pool.query(`INSERT INTO outreach_block (household_id, benefit, blocked_until) VALUES ($1, 'rsa', current_date + 365), ($1, 'css', current_date - 1)`, [id]);
    await detectJob(id);
    const r = await byBenefit(id);
    expect(r.has('rsa')).toBe(false);
    expect(r.has('aide_logement')).toBe(true);
    // An expired block no longer applies.
    expect(r.has('css')).toBe(true);
  });

  it('does not reopen a right a worker closed, until the household changes', async () => {
    const { id } = await insertHousehold(w.pool, org);
    await detectJob(id);
    await w.pool.query(`UPDATE detected_right SET status = 'ecarte', dismiss_reason = 'deja_percu', status_changed_at = now() WHERE household_id = $1 AND benefit = 'rsa'`, [id]);
    await detectJob(id);
    expect((await rights(id)).filter((r) => r.benefit === 'rsa').map((r) => r.status)).toEqual(['ecarte']);
    // The API stamps detection_requested_at on every change of the file.
    await w.pool.query(`UPDATE household SET detection_requested_at = now() + interval '1 millisecond' WHERE id = $1`, [id]);
    await new Promise((r) => setTimeout(r, 5));
    await detectJob(id);
    expect((await rights(id)).filter((r) => r.benefit === 'rsa').map((r) => r.status).sort()).toEqual(['detecte', 'ecarte']);
  });

  it('the sweep re-evaluates households with a stale fingerprint or a missed request, and skips fresh ones', async () => {
    const stale = await insertHousehold(w.pool, org);
    const requested = await insertHousehold(w.pool, org);
    const fresh = await insertHousehold(w.pool, org);
    const closed = await insertHousehold(w.pool, org);
    for (const h of [stale, requested, fresh]) await detectJob(h.id);
    await w.pool.query(`UPDATE household SET status = 'closed' WHERE id = $1`, [closed.id]);
    // Every other household of this file is up to date; fake a parameter change and a lost job.
    await w.pool.query(`UPDATE household SET detection_fingerprint = 'old-ruleset' WHERE id = $1`, [stale.id]);
    // An API write whose job was lost: requested after the last detection.
    await w.pool.query(
      `UPDATE household SET detected_at = detected_at - interval '1 minute', detection_requested_at = detected_at - interval '30 seconds' WHERE id = $1`,
      [requested.id],
    );
    const stamp = async (id: string) => (await w.pool.query(`SELECT detected_at FROM household WHERE id = $1`, [id])).rows[0].detected_at as Date;
    const freshStamp = await stamp(fresh.id);

    await expect(w.run(detectionSweepJob, {})).resolves.toMatchObject({ enqueued: 2 });
    await waitFor(async () => {
      const { rows } = await w.pool.query(
        `SELECT count(*)::int AS n FROM household WHERE id = ANY($1) AND detection_fingerprint = $2 AND detected_at >= coalesce(detection_requested_at, detected_at)`,
        [[stale.id, requested.id], rulesetFingerprint()],
      );
      return rows[0].n === 2;
    }, 15_000, 'the sweep to re-detect both households');
    expect(await stamp(fresh.id)).toEqual(freshStamp);
    const { rows } = await w.pool.query(`SELECT detected_at FROM household WHERE id = $1`, [closed.id]);
    expect(rows[0].detected_at).toBeNull();

    // A second sweep finds nothing left to do.
    await expect(w.run(detectionSweepJob, {})).resolves.toMatchObject({ enqueued: 0 });
  });

  it('a job for a deleted household completes without effect', async () => {
    await expect(detectJob('00000000-0000-4000-8000-000000000000')).resolves.toEqual({ status: 'missing' });
  });
});
