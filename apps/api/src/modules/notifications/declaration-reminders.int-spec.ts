// Help with the quarterly declarations of an RSA / prime d'activité, over HTTP: the household's flag
// (validated, read back, audited), and the reminder rows written in the transaction of the change
// that makes them due — the flag asked or withdrawn, the right granted.
import { parisToday } from '@recours/domain';
import { declarationDate, nextDeclarationReminder } from '@recours/reminders';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('quarterly declaration reminders (household flag, grant)', () => {
  let t: TestContext;
  let sw: string;
  let swB: string;
  let seq = 700;

  beforeAll(async () => {
    t = await startTestApp();
    [sw, swB] = await Promise.all([t.login(t.fx.users.sw.email), t.login(t.fx.users.swB.email)]);
  });
  afterAll(() => t.close());

  const household = async (): Promise<string> => {
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name)
       VALUES ($1, $2, $3, $4, '23096', '23000', 'Guéret') RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, t.fx.orgA, t.fx.territoryA, t.fx.users.sw.id],
    );
    return h.id as string;
  };
  const right = async (householdId: string, benefit: string, status: string, grantedFrom: string | null = null): Promise<string> => {
    const [r] = await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, granted_from)
       VALUES ($1, $2, $3, $4, $5, 30000, $6) RETURNING id`,
      [householdId, t.fx.orgA, t.fx.territoryA, benefit, status, grantedFrom],
    );
    return r.id as string;
  };
  const reminders = async (rightId: string) =>
    (await t.db.query(`SELECT threshold, due_at, state::text, outcome FROM reminder WHERE kind = 'right_declaration' AND item_id = $1 ORDER BY threshold`, [rightId])) as {
      threshold: number;
      due_at: Date;
      state: string;
      outcome: string | null;
    }[];
  const put = (id: string, body: object, cookie = sw) => t.request('PUT', `/api/households/${id}`, { cookie, body });

  it('asked for: the next declaration of each granted RSA / prime d’activité is reminded; withdrawn: cancelled; asked again: armed again', async () => {
    const h = await household();
    const ppa = await right(h, 'prime_activite', 'accorde', '2026-02-01');
    const css = await right(h, 'css', 'accorde', '2026-02-01');
    const filed = await right(h, 'rsa', 'demande_deposee');
    expect((await t.request('GET', `/api/households/${h}`, { cookie: sw })).body.declarationHelpRequested).toBe(false);
    expect(await reminders(ppa)).toEqual([]);

    const asked = await put(h, { declarationHelpRequested: true });
    expect(asked.statusCode).toBe(200);
    expect(asked.body.declarationHelpRequested).toBe(true);
    const today = parisToday();
    const next = nextDeclarationReminder('prime_activite', '2026-02-01', today)!;
    // The next declaration (1 May, 1 August, 1 November, 1 February…), not one already past, within a quarter.
    expect(next.declarationOn >= today).toBe(true);
    expect(next.declarationOn).toBe(declarationDate('2026-02-01', next.threshold));
    expect(next.threshold === 1 || declarationDate('2026-02-01', next.threshold - 1) < today).toBe(true);
    expect(await reminders(ppa)).toEqual([{ threshold: next.threshold, due_at: next.dueAt, state: 'pending', outcome: null }]);
    expect(await reminders(css)).toEqual([]); // no quarterly declaration
    expect(await reminders(filed)).toEqual([]); // not granted yet
    const [audit] = await t.db.query(`SELECT fields FROM audit_event WHERE entity_type = 'household' AND entity_id = $1 AND action = 'update'`, [h]);
    expect(audit.fields).toContain('declarationHelpRequested');
    const listed = await t.request('GET', `/api/households?filter=${encodeURIComponent(JSON.stringify({ id: [h] }))}`, { cookie: sw });
    expect(listed.body[0].declarationHelpRequested).toBe(true);

    expect((await put(h, { declarationHelpRequested: false })).body.declarationHelpRequested).toBe(false);
    expect(await reminders(ppa)).toMatchObject([{ threshold: next.threshold, state: 'skipped', outcome: 'aide aux déclarations retirée' }]);

    // Asked again: the same declaration, armed again (a skipped row on the same date is not left skipped).
    await put(h, { declarationHelpRequested: true });
    expect(await reminders(ppa)).toEqual([{ threshold: next.threshold, due_at: next.dueAt, state: 'pending', outcome: null }]);

    // The claim granted now: its declarations start from its grant month.
    const granted = await t.request('POST', `/api/detected-rights/${filed}/transitions`, {
      cookie: sw,
      body: { to: 'accorde', grantedMonthlyAmountCents: 45000, grantedFrom: today },
    });
    expect(granted.statusCode).toBe(200);
    const first = nextDeclarationReminder('rsa', today, today)!;
    expect(first.threshold).toBe(1);
    expect(await reminders(filed)).toEqual([{ threshold: 1, due_at: first.dueAt, state: 'pending', outcome: null }]);
  });

  it('a right granted to a household that did not ask gets no declaration reminder', async () => {
    const h = await household();
    const filed = await right(h, 'rsa', 'demande_deposee');
    const granted = await t.request('POST', `/api/detected-rights/${filed}/transitions`, {
      cookie: sw,
      body: { to: 'accorde', grantedMonthlyAmountCents: 45000, grantedFrom: parisToday() },
    });
    expect(granted.statusCode).toBe(200);
    expect(await reminders(filed)).toEqual([]);
  });

  it('closing the household cancels the reminders about its rights (no news, CSS renewal, declarations); reopening arms them again', async () => {
    const h = await household();
    expect((await put(h, { declarationHelpRequested: true })).statusCode).toBe(200);
    const today = parisToday();
    const grant = async (benefit: string) => {
      const id = await right(h, benefit, 'demande_deposee');
      const r = await t.request('POST', `/api/detected-rights/${id}/transitions`, { cookie: sw, body: { to: 'accorde', grantedMonthlyAmountCents: 45000, grantedFrom: today } });
      expect(r.statusCode).toBe(200);
      return id;
    };
    const rsa = await grant('rsa');
    const css = await grant('css');
    const informed = await right(h, 'aah', 'informe');
    expect((await t.request('POST', `/api/detected-rights/${informed}/transitions`, { cookie: sw, body: { to: 'demande_deposee' } })).statusCode).toBe(200);
    const states = async () =>
      (await t.db.query(
        `SELECT kind::text, state::text, outcome FROM reminder WHERE item_id = ANY($1::uuid[]) ORDER BY kind::text, threshold`,
        [[rsa, css, informed]],
      )) as { kind: string; state: string; outcome: string | null }[];
    expect(await states()).toEqual(['right_declaration', 'right_no_news', 'right_renewal'].map((kind) => ({ kind, state: 'pending', outcome: null })));

    // Another organisation cannot close it: nothing changes.
    expect((await put(h, { status: 'closed' }, swB)).statusCode).toBe(404);
    expect((await states()).every((r) => r.state === 'pending')).toBe(true);

    const closed = await put(h, { status: 'closed' });
    expect(closed.statusCode).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(await states()).toEqual(['right_declaration', 'right_no_news', 'right_renewal'].map((kind) => ({ kind, state: 'skipped', outcome: 'foyer clos' })));

    // Reopened: exactly those rows are due again.
    expect((await put(h, { status: 'active' })).statusCode).toBe(200);
    expect((await states()).map((r) => r.state)).toEqual(['pending', 'pending', 'pending']);
  });

  it('validates the flag, and another organisation cannot set it', async () => {
    const h = await household();
    const bad = await put(h, { declarationHelpRequested: 'oui' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'declarationHelpRequested', message: 'doit être vrai ou faux' }]);
    const other = await put(h, { declarationHelpRequested: true }, swB);
    expect(other.statusCode).toBe(404);
    const [row] = await t.db.query(`SELECT declaration_help_requested FROM household WHERE id = $1`, [h]);
    expect(row.declaration_help_requested).toBe(false);
  });
});
