import { cloneTestDatabase, dropDatabase } from '@recours/testing';
import { Pool } from 'pg';
import { expireStaleReferrals } from './referral-expiry.repository';

describe('referral expiry sweep (real PostgreSQL)', () => {
  let url: string;
  let pool: Pool;

  beforeAll(async () => {
    url = await cloneTestDatabase();
    pool = new Pool({ connectionString: url, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await dropDatabase(url);
  });

  it('expires unanswered referrals once, with a timeline event, and leaves answered or recent ones alone', async () => {
    const one = async (sql: string, params: unknown[] = []) => (await pool.query<{ id: string }>(sql, params)).rows[0].id;
    const territory = await one(`INSERT INTO territory (code, name) VALUES ('23', 'Creuse') RETURNING id`);
    const cd = await one(`INSERT INTO organisation (name, kind, territory_id) VALUES ('CD', 'conseil_departemental', $1) RETURNING id`, [territory]);
    const caf = await one(`INSERT INTO organisation (name, kind, territory_id) VALUES ('CAF', 'caf', $1) RETURNING id`, [territory]);
    const household = await one(`INSERT INTO household (reference, organisation_id, territory_id) VALUES ('HH-2026-00001', $1, $2) RETURNING id`, [cd, territory]);
    const referral = (status: string, daysAgo: number) =>
      one(
        `INSERT INTO referral (household_id, territory_id, sender_organisation_id, recipient_organisation_id, status, status_changed_at)
         VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6)) RETURNING id`,
        [household, territory, cd, caf, status, daysAgo],
      );
    const staleSent = await referral('envoyee', 31);
    const staleAcknowledged = await referral('accusee', 40);
    const recent = await referral('envoyee', 3);
    const working = await referral('en_cours', 90);

    expect(await expireStaleReferrals(pool, 30)).toEqual({ expired: 2 });
    expect(await expireStaleReferrals(pool, 30)).toEqual({ expired: 0 });

    const { rows } = await pool.query<{ id: string; status: string; closed: boolean }>(`SELECT id, status, closed_at IS NOT NULL AS closed FROM referral`);
    const status = Object.fromEntries(rows.map((r) => [r.id, [r.status, r.closed]]));
    expect(status).toEqual({
      [staleSent]: ['expiree', true],
      [staleAcknowledged]: ['expiree', true],
      [recent]: ['envoyee', false],
      [working]: ['en_cours', false],
    });
    const events = await pool.query(`SELECT referral_id, from_status, to_status, actor_organisation_id, comment FROM referral_event ORDER BY from_status::text`);
    expect(events.rows).toEqual([
      { referral_id: staleAcknowledged, from_status: 'accusee', to_status: 'expiree', actor_organisation_id: cd, comment: 'Sans réponse depuis 30 jours' },
      { referral_id: staleSent, from_status: 'envoyee', to_status: 'expiree', actor_organisation_id: cd, comment: 'Sans réponse depuis 30 jours' },
    ]);
  });
});
