// A small hand-built history for the indicator tests: households, rights with their transitions,
// contacts and campaigns at fixed dates. The expected numbers are written in stats.int-spec.ts.
import type { DetectableBenefit, DetectedRightStatus } from '@recours/domain';
import type { DataSource } from 'typeorm';
import { insert, type Fixtures } from './fixtures';

type Step = [DetectedRightStatus, string];

export interface History {
  h: Record<'h1' | 'h2' | 'h3' | 'h4' | 'h6' | 'h7' | 'h8' | 'h5' | 'hB', string>;
  r: Record<'r1' | 'r1b' | 'r3' | 'r4' | 'r6', string>;
  campaigns: { c1: string; c2: string };
}

export async function buildHistory(db: DataSource, fx: Fixtures): Promise<History> {
  let n = 100;
  const household = (org: string, territory: string, commune = ['23096', 'Guéret']) =>
    insert(db, 'household', { reference: `HH-2026-${++n}`, organisation_id: org, territory_id: territory, commune_insee: commune[0], commune_name: commune[1] });
  /** A right detected at `detectedAt`, then moved through `steps` (status, time); amount when granted. */
  const right = async (household: string, org: string, territory: string, benefit: DetectableBenefit, detectedAt: string, steps: Step[], granted?: number) => {
    const last = steps.at(-1);
    const id = await insert(db, 'detected_right', {
      household_id: household, organisation_id: org, territory_id: territory, benefit, estimated_amount_cents: 10000,
      amount_period: benefit === 'cheque_energie' ? 'annuel' : 'mensuel', status: last?.[0] ?? 'detecte',
      detected_at: detectedAt, status_changed_at: last?.[1] ?? detectedAt, granted_monthly_amount_cents: granted ?? null,
    });
    let from: DetectedRightStatus = 'detecte';
    for (const [to, at] of steps) {
      await insert(db, 'detected_right_transition', { detected_right_id: id, from_status: from, to_status: to, at });
      from = to;
    }
    return id;
  };
  const contact = (household: string, org: string, author: string, channel: string, outcome: string, at: string, rights: string[] = []) =>
    insert(db, 'contact', { household_id: household, organisation_id: org, author_id: author, channel, outcome, occurred_at: at }).then(async (id) => {
      for (const r of rights) await db.query('INSERT INTO contact_right (contact_id, detected_right_id) VALUES ($1, $2)', [id, r]);
      return id;
    });
  const { orgA, orgA2, orgB, territoryA: tA, territoryB: tB, users: u } = fx;
  const h = {
    h1: await household(orgA, tA), h2: await household(orgA, tA), h3: await household(orgA, tA, ['23001', 'Ajain']), h4: await household(orgA, tA),
    h6: await household(orgA, tA), h7: await household(orgA, tA), h8: await household(orgA, tA), h5: await household(orgA2, tA), hB: await household(orgB, tB),
  };
  const chain = (d: string[]): Step[] => (['confirme', 'informe', 'demande_deposee'] as const).slice(0, d.length).map((s, i) => [s, d[i]]);
  // h1, prime d'activité: refused, then detected again and granted (one granted pair).
  const r1 = await right(h.h1, orgA, tA, 'prime_activite', '2026-01-10T10:00:00+01:00', [...chain(['2026-01-12T10:00:00+01:00', '2026-01-15T10:00:00+01:00', '2026-01-20T10:00:00+01:00']), ['refuse', '2026-02-20T10:00:00+01:00']]);
  const r1b = await right(h.h1, orgA, tA, 'prime_activite', '2026-03-01T10:00:00+01:00', [...chain(['2026-03-02T10:00:00+01:00', '2026-03-05T10:00:00+01:00', '2026-03-11T10:00:00+01:00']), ['accorde', '2026-04-10T10:00:00+02:00']], 20000);
  // h2: prime d'activité informed then declined by the person; RSA still detected.
  await right(h.h2, orgA, tA, 'prime_activite', '2026-01-15T10:00:00+01:00', [...chain(['2026-01-16T10:00:00+01:00', '2026-01-20T10:00:00+01:00']), ['refus_personne', '2026-02-01T10:00:00+01:00']]);
  const r3 = await right(h.h2, orgA, tA, 'rsa', '2026-02-05T10:00:00+01:00', []);
  // h3 (Ajain), RSA granted.
  const r4 = await right(h.h3, orgA, tA, 'rsa', '2026-02-10T10:00:00+01:00', [...chain(['2026-02-11T10:00:00+01:00', '2026-02-12T10:00:00+01:00', '2026-02-25T10:00:00+01:00']), ['accorde', '2026-03-27T10:00:00+01:00']], 50000);
  // h4: chèque énergie dismissed; a prime d'activité detected before the period, granted in it (no claim recorded).
  await right(h.h4, orgA, tA, 'cheque_energie', '2026-03-01T10:00:00+01:00', [['ecarte', '2026-03-02T10:00:00+01:00']]);
  await insert(db, 'detected_right', {
    household_id: h.h4, organisation_id: orgA, territory_id: tA, benefit: 'prime_activite', estimated_amount_cents: 10000, status: 'accorde',
    detected_at: '2025-11-01T10:00:00+01:00', status_changed_at: '2026-02-01T10:00:00+01:00', granted_monthly_amount_cents: 10000,
  });
  // h6: prime d'activité confirmed and reached; h7: RSA confirmed, never reached; h8: aide au logement refused.
  const r6 = await right(h.h6, orgA, tA, 'prime_activite', '2026-04-02T10:00:00+02:00', chain(['2026-04-03T10:00:00+02:00']));
  await right(h.h7, orgA, tA, 'rsa', '2026-05-10T10:00:00+02:00', chain(['2026-05-11T10:00:00+02:00']));
  await right(h.h8, orgA, tA, 'aide_logement', '2026-01-20T10:00:00+01:00', [...chain(['2026-01-21T10:00:00+01:00', '2026-01-22T10:00:00+01:00', '2026-02-01T10:00:00+01:00']), ['refuse', '2026-03-01T10:00:00+01:00']]);
  // Another organisation of the territory, and another territory: prime d'activité granted.
  await right(h.h5, orgA2, tA, 'prime_activite', '2026-02-01T10:00:00+01:00', [...chain(['2026-02-02T10:00:00+01:00', '2026-02-03T10:00:00+01:00', '2026-02-04T10:00:00+01:00']), ['accorde', '2026-03-15T10:00:00+01:00']], 30000);
  await right(h.hB, orgB, tB, 'prime_activite', '2026-02-01T10:00:00+01:00', [...chain(['2026-02-02T10:00:00+01:00', '2026-02-03T10:00:00+01:00', '2026-02-04T10:00:00+01:00']), ['accorde', '2026-03-15T10:00:00+01:00']], 99900);

  await contact(h.h1, orgA, u.sw.id, 'telephone', 'joint', '2026-01-14T10:00:00+01:00', [r1]);
  await contact(h.h2, orgA, u.manager.id, 'sms', 'non_joint', '2026-01-16T10:00:00+01:00');
  await contact(h.h2, orgA, u.sw.id, 'telephone', 'rdv_pris', '2026-01-18T10:00:00+01:00');
  await contact(h.h3, orgA, u.sw.id, 'visite_domicile', 'joint', '2026-01-05T10:00:00+01:00');
  await contact(h.h3, orgA, u.sw.id, 'telephone', 'joint', '2026-02-12T10:00:00+01:00');
  await contact(h.h6, orgA, u.sw.id, 'telephone', 'joint', '2026-04-05T10:00:00+02:00', [r6]);
  await contact(h.h5, orgA2, u.sw2.id, 'telephone', 'joint', '2026-02-02T10:00:00+01:00');
  await contact(h.hB, orgB, u.swB.id, 'telephone', 'joint', '2026-02-02T10:00:00+01:00');

  // Two launched campaigns; h3 is in both.
  const campaign = async (name: string, launchedAt: string, targets: [string, string][]) => {
    const id = await insert(db, 'campaign', { organisation_id: orgA, territory_id: tA, name, filters: '{}', status: 'terminee', launched_at: launchedAt, created_by: u.manager.id });
    for (const [hh, r] of targets) await db.query('INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids) VALUES ($1, $2, $3)', [id, hh, [r]]);
    return id;
  };
  const c1 = await campaign('RSA février', '2026-02-01T09:00:00+01:00', [[h.h2, r3], [h.h3, r4]]);
  const c2 = await campaign('Mars', '2026-03-05T09:00:00+01:00', [[h.h3, r4], [h.h6, r6]]);
  return { h, r: { r1, r1b, r3, r4, r6 }, campaigns: { c1, c2 } };
}
