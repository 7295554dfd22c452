// A small hand-built history of referrals for the referral indicators: sent, acknowledged, answered,
// expired then re-sent, cancelled, closed, at fixed dates. Expected numbers: referral-stats.int-spec.ts.
import type { ReferralOutcome, ReferralStatus } from '@recours/domain';
import type { DataSource } from 'typeorm';
import { insert, type Fixtures } from './fixtures';

type Move = [ReferralStatus, string];

export interface ReferralHistory {
  h: Record<'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'hB', string>;
  ref: Record<'ref1' | 'ref2' | 'ref3' | 'ref4' | 'ref5' | 'ref6' | 'refB', string>;
}

export async function buildReferralHistory(db: DataSource, fx: Fixtures): Promise<ReferralHistory> {
  const { orgA, orgA2, orgCaf, orgB, territoryA: tA, territoryB: tB } = fx;
  let n = 500;
  const household = (org: string, territory: string, commune = ['23096', 'Guéret']) =>
    insert(db, 'household', { reference: `HH-2026-${++n}`, organisation_id: org, territory_id: territory, commune_insee: commune[0], commune_name: commune[1] });
  /** A referral sent at `sentAt`, then moved (each move a timeline event); the last move is its status. */
  const referral = async (
    household: string, territory: string, from: string, to: string, sentAt: string, moves: Move[],
    o: { outcome?: ReferralOutcome; monthly?: number; reminderAt?: string; right?: string } = {},
  ) => {
    const last = moves.at(-1);
    const id = await insert(db, 'referral', {
      household_id: household, territory_id: territory, sender_organisation_id: from, recipient_organisation_id: to, status: last?.[0] ?? 'envoyee',
      outcome: o.outcome ?? null, outcome_monthly_amount_cents: o.monthly ?? null, outcome_start_month: o.monthly ? '2026-03' : null,
      created_at: sentAt, status_changed_at: last?.[1] ?? sentAt,
    });
    await insert(db, 'referral_event', { referral_id: id, from_status: null, to_status: 'envoyee', actor_organisation_id: from, at: sentAt });
    let previous: ReferralStatus = 'envoyee';
    for (const [status, at] of moves) {
      await insert(db, 'referral_event', { referral_id: id, from_status: previous, to_status: status, actor_organisation_id: to, at });
      previous = status;
    }
    // The recipient's reminder deadline (5 working days), as the API writes it when the referral is sent.
    if (o.reminderAt) await insert(db, 'reminder', { kind: 'referral_unanswered', item_id: id, threshold: 1, organisation_id: to, due_at: o.reminderAt, state: 'skipped' });
    if (o.right) await db.query('INSERT INTO referral_right (referral_id, detected_right_id) VALUES ($1, $2)', [id, o.right]);
    return id;
  };
  const h = {
    h1: await household(orgA, tA), h2: await household(orgA, tA), h3: await household(orgA, tA, ['23001', 'Ajain']), h4: await household(orgA, tA),
    h5: await household(orgA2, tA), hB: await household(orgB, tB),
  };
  const right = await insert(db, 'detected_right', {
    household_id: h.h1, organisation_id: orgA, territory_id: tA, benefit: 'prime_activite', estimated_amount_cents: 10000, amount_period: 'mensuel',
    status: 'confirme', detected_at: '2026-01-10T10:00:00+01:00', status_changed_at: '2026-01-12T10:00:00+01:00',
  });
  // Sent by the CD to the CAF: acknowledged after 1 day, accepted after 3, closed with a right opened (500 €/month).
  const ref1 = await referral(h.h1, tA, orgA, orgCaf, '2026-02-02T09:00:00+01:00', [
    ['accusee', '2026-02-03T09:00:00+01:00'], ['acceptee', '2026-02-05T09:00:00+01:00'], ['cloturee', '2026-02-20T09:00:00+01:00'],
  ], { outcome: 'droit_ouvert', monthly: 50000, reminderAt: '2026-02-09T08:00:00+01:00', right });
  // h2 to the CAF: never acknowledged, expired after 30 days; re-sent, acknowledged after the reminder deadline, then declined.
  const ref2 = await referral(h.h2, tA, orgA, orgCaf, '2026-03-02T10:00:00+01:00', [['expiree', '2026-04-01T08:00:00+02:00']], { reminderAt: '2026-03-09T08:00:00+01:00' });
  const ref3 = await referral(h.h2, tA, orgA, orgCaf, '2026-04-02T10:00:00+02:00', [['accusee', '2026-04-10T10:00:00+02:00'], ['declinee', '2026-04-12T10:00:00+02:00']], {
    reminderAt: '2026-04-09T08:00:00+02:00',
  });
  // h3 (Ajain) to the CCAS: acknowledged six hours later (no reminder row: 5 calendar days apply), waiting for an answer.
  const ref4 = await referral(h.h3, tA, orgA, orgA2, '2026-05-04T10:00:00+02:00', [['accusee', '2026-05-04T16:00:00+02:00']]);
  // h4 to the CAF: cancelled by the CD the next day, before any deadline.
  const ref6 = await referral(h.h4, tA, orgA, orgCaf, '2026-01-20T10:00:00+01:00', [['annulee', '2026-01-21T10:00:00+01:00']]);
  // Received by the CD from the CCAS: acknowledged after 1 day, accepted after 2, closed with the right refused.
  const ref5 = await referral(h.h5, tA, orgA2, orgA, '2026-03-10T10:00:00+01:00', [
    ['accusee', '2026-03-11T10:00:00+01:00'], ['acceptee', '2026-03-12T10:00:00+01:00'], ['cloturee', '2026-03-30T10:00:00+02:00'],
  ], { outcome: 'droit_refuse' });
  // Before the period (not counted), and another territory.
  await referral(h.h1, tA, orgA, orgCaf, '2025-12-01T10:00:00+01:00', [['annulee', '2025-12-02T10:00:00+01:00']]);
  const refB = await referral(h.hB, tB, orgB, orgB, '2026-02-01T10:00:00+01:00', []);
  return { h, ref: { ref1, ref2, ref3, ref4, ref5, ref6, refB } };
}
