// Demo referrals: the directory (what each organisation handles), the referral types of each
// territory, sharing consents, and referrals in every state sent both ways between the council, the
// CCAS, the CAF, the CPAM and the social landlord of the Creuse — so that the CAF partner signs in
// to a live inbox. Runs after detection (referrals point at detected rights).
import type { DetectableBenefit, OrganisationKind, ReferralOutcome, ReferralStatus, SharedFieldGroup } from '@recours/domain';
import type { DataSource, EntityManager } from 'typeorm';

const DIRECTORY: Record<OrganisationKind, { benefits: DetectableBenefit[]; handles: string; graceDays?: number }> = {
  caf: { benefits: ['rsa', 'prime_activite', 'aide_logement', 'allocations_familiales', 'aah'], handles: 'Prestations familiales, RSA, prime d’activité, aides au logement, AAH' },
  cpam: { benefits: ['css'], handles: 'Complémentaire santé solidaire, ouverture des droits santé' },
  msa: { benefits: ['rsa', 'prime_activite', 'aide_logement', 'allocations_familiales', 'css'], handles: 'Régime agricole : prestations familiales et santé' },
  france_travail: { benefits: [], handles: 'Inscription, indemnisation, accompagnement vers l’emploi' },
  bailleur_social: { benefits: [], handles: 'Logement social, impayés de loyer, mutations', graceDays: 15 },
  ccas: { benefits: ['cheque_energie'], handles: 'Aides facultatives, domiciliation, secours d’urgence' },
  conseil_departemental: { benefits: [], handles: 'Accompagnement social, orientation RSA, aides FSL' },
  association: { benefits: [], handles: 'Aide alimentaire, accompagnement aux démarches' },
  mairie: { benefits: [], handles: 'Accueil et orientation' },
  autre: { benefits: [], handles: 'Aide aux démarches en ligne (France services)' },
};

const TYPES: Record<OrganisationKind, SharedFieldGroup[]> = {
  caf: ['identite', 'composition', 'revenus', 'droit_detecte'],
  cpam: ['identite', 'composition', 'revenus', 'droit_detecte'],
  msa: ['identite', 'composition', 'revenus', 'droit_detecte'],
  france_travail: ['identite'],
  bailleur_social: ['identite', 'logement'],
  ccas: ['identite', 'composition', 'logement'],
  conseil_departemental: ['identite', 'composition', 'revenus', 'logement', 'droit_detecte'],
  association: ['identite', 'composition'],
  mairie: ['identite'],
  autre: ['identite'],
};

const TYPE_LABELS: Record<OrganisationKind, string> = {
  caf: 'Orientation vers la CAF',
  cpam: 'Orientation vers la CPAM',
  msa: 'Orientation vers la MSA',
  france_travail: 'Orientation vers France Travail',
  bailleur_social: 'Orientation vers un bailleur social',
  ccas: 'Orientation vers un CCAS',
  conseil_departemental: 'Orientation vers le Département',
  association: 'Orientation vers une association',
  mairie: 'Orientation vers une mairie',
  autre: 'Orientation vers une France services',
};

interface Demo {
  from: string; // organisation name
  to: string;
  benefit?: DetectableBenefit;
  purpose?: string;
  path: ReferralStatus[]; // after `envoyee`
  daysAgo: number;
  outcome?: { outcome: ReferralOutcome; monthlyAmountCents?: number; reason?: string };
  declineReason?: string;
  comments?: string[];
  withdrawn?: boolean;
}

const CD = 'Conseil départemental de la Creuse';
const CCAS = 'CCAS de Guéret';
const CAF = 'CAF de la Creuse';
const CPAM = 'CPAM de la Creuse';
const BAILLEUR = 'Creusalis';

const DEMOS: Demo[] = [
  { from: CD, to: CAF, benefit: 'prime_activite', path: [], daysAgo: 1 },
  { from: CD, to: CAF, benefit: 'prime_activite', path: [], daysAgo: 8 },
  { from: CD, to: CAF, benefit: 'rsa', path: [], daysAgo: 2 },
  { from: CD, to: CAF, benefit: 'aide_logement', path: ['accusee'], daysAgo: 4 },
  { from: CD, to: CAF, benefit: 'prime_activite', path: ['accusee'], daysAgo: 14 },
  { from: CD, to: CAF, benefit: 'rsa', path: ['accusee', 'acceptee'], daysAgo: 9 },
  { from: CD, to: CAF, benefit: 'prime_activite', path: ['accusee', 'acceptee', 'en_cours'], daysAgo: 20, comments: ['Rendez-vous fixé, pièces demandées'] },
  { from: CD, to: CAF, benefit: 'rsa', path: ['accusee', 'acceptee', 'en_cours', 'en_cours'], daysAgo: 25, comments: ['Dossier reçu', 'Attente de l’avis d’imposition'] },
  { from: CD, to: CAF, benefit: 'prime_activite', path: ['accusee', 'acceptee', 'cloturee'], daysAgo: 12, outcome: { outcome: 'droit_ouvert', monthlyAmountCents: 16_420 } },
  { from: CD, to: CAF, benefit: 'aide_logement', path: ['accusee', 'acceptee', 'en_cours', 'cloturee'], daysAgo: 30, outcome: { outcome: 'droit_refuse', reason: 'ressources_superieures' }, comments: ['Étude des ressources'] },
  { from: CD, to: CAF, benefit: 'rsa', path: ['accusee', 'acceptee', 'cloturee'], daysAgo: 16, outcome: { outcome: 'sans_suite', reason: undefined }, comments: ['Personne injoignable après trois relances'] },
  { from: CD, to: CAF, benefit: 'prime_activite', path: ['accusee', 'declinee'], daysAgo: 10, declineReason: 'Droit déjà ouvert à la CAF depuis janvier' },
  { from: CD, to: CAF, benefit: 'rsa', path: ['annulee'], daysAgo: 6, comments: ['Orientation faite par erreur'] },
  { from: CD, to: CAF, benefit: 'aide_logement', path: ['expiree'], daysAgo: 45 },
  { from: CD, to: CAF, benefit: 'prime_activite', path: ['accusee', 'acceptee', 'en_cours'], daysAgo: 18, withdrawn: true },
  { from: CD, to: CPAM, benefit: 'css', path: [], daysAgo: 3 },
  { from: CD, to: CPAM, benefit: 'css', path: ['accusee', 'acceptee', 'cloturee'], daysAgo: 21, outcome: { outcome: 'droit_ouvert', monthlyAmountCents: 0 } },
  { from: CD, to: BAILLEUR, purpose: 'Impayés de loyer : plan d’apurement à étudier', path: ['accusee', 'acceptee'], daysAgo: 7 },
  { from: CD, to: CCAS, purpose: 'Aide alimentaire d’urgence', path: ['accusee'], daysAgo: 2 },
  { from: CCAS, to: CD, purpose: 'Accompagnement social global', path: [], daysAgo: 3 },
  { from: CCAS, to: CD, purpose: 'Demande d’aide FSL énergie', path: ['accusee', 'acceptee', 'en_cours'], daysAgo: 15, comments: ['Dossier FSL transmis'] },
  { from: CCAS, to: CAF, benefit: 'prime_activite', path: ['accusee'], daysAgo: 5 },
];

const DAY = 86_400_000;

export async function seedReferrals(ds: DataSource, log: (m: string) => void = console.log): Promise<void> {
  await ds.transaction(async (em) => {
    for (const [kind, d] of Object.entries(DIRECTORY))
      await em.query(`UPDATE organisation SET handled_benefits = $2::detectable_benefit[], handles_description = $3, referral_grace_days = $4 WHERE kind = $1`, [
        kind, d.benefits, d.handles, d.graceDays ?? 30,
      ]);
    for (const [kind, groups] of Object.entries(TYPES))
      await em.query(
        `INSERT INTO referral_type (territory_id, recipient_kind, label, shared_groups) SELECT id, $1, $2, $3::shared_field_group[] FROM territory
         ON CONFLICT (territory_id, recipient_kind) DO NOTHING`,
        [kind, TYPE_LABELS[kind as OrganisationKind], groups],
      );
    const orgs = new Map<string, { id: string; kind: OrganisationKind; territory_id: string }>(
      ((await em.query('SELECT id, name, kind, territory_id FROM organisation')) as { id: string; name: string; kind: OrganisationKind; territory_id: string }[]).map((o) => [o.name, o]),
    );
    const users = new Map<string, string>(
      ((await em.query('SELECT u.organisation_id, min(u.id::text) AS id FROM app_user u WHERE u.role IN (\'social_worker\', \'partner_agent\') GROUP BY 1')) as { organisation_id: string; id: string }[]).map((u) => [u.organisation_id, u.id]),
    );
    let created = 0;
    for (const demo of DEMOS) {
      const from = orgs.get(demo.from)!;
      const to = orgs.get(demo.to)!;
      const pick = await pickHousehold(em, from.id, demo.benefit);
      if (!pick) continue;
      await createDemoReferral(em, demo, from, to, pick, users.get(from.id) ?? null, users.get(to.id) ?? null);
      created++;
    }
    log(`Orientations : ${created} orientations de démonstration, annuaire et types d’orientation chargés.`);
  });
}

/** A household of the sender not yet referred, with an open right of that benefit when one is asked; away from "Ma journée"'s top. */
async function pickHousehold(em: EntityManager, organisationId: string, benefit: DetectableBenefit | undefined) {
  const rows: { household_id: string; right_id: string | null; applicant_id: string }[] = await em.query(
    `SELECT h.id AS household_id, r.id AS right_id, p.id AS applicant_id
     FROM household h
     JOIN person p ON p.household_id = h.id AND p.relationship = 'demandeur'
     LEFT JOIN detected_right r ON r.household_id = h.id AND r.benefit = $2::detectable_benefit AND r.status = 'detecte'
     WHERE h.organisation_id = $1 AND h.status = 'active' AND ($2::text IS NULL OR r.id IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM referral x WHERE x.household_id = h.id)
     ORDER BY h.reference DESC LIMIT 1`,
    [organisationId, benefit ?? null],
  );
  return rows[0];
}

async function createDemoReferral(
  em: EntityManager,
  demo: Demo,
  from: { id: string; territory_id: string },
  to: { id: string; kind: OrganisationKind },
  pick: { household_id: string; right_id: string | null; applicant_id: string },
  senderUser: string | null,
  recipientUser: string | null,
) {
  const sentAt = new Date(Date.now() - demo.daysAgo * DAY);
  const step = (demo.daysAgo * DAY * 0.8) / Math.max(demo.path.length, 1);
  const at = (i: number) => new Date(sentAt.getTime() + i * step);
  const final = demo.path.at(-1) ?? 'envoyee';
  const isFinal = ['declinee', 'cloturee', 'annulee', 'expiree'].includes(final);
  const decided = new Date(sentAt.getTime() - DAY).toISOString().slice(0, 10);
  await em.query(
    `INSERT INTO consent (person_id, household_id, organisation_id, purpose, recipient_organisation_id, given, decided_on, method, recorded_by, recorded_at)
     VALUES ($1, $2, $3, 'partage_partenaire', $4, true, $5, $6, $7, $8)`,
    [pick.applicant_id, pick.household_id, from.id, to.id, decided, demo.daysAgo % 3 === 0 ? 'signe' : demo.daysAgo % 2 ? 'oral' : 'ecrit', senderUser, sentAt],
  );
  const startMonth = sentAt.toISOString().slice(0, 7);
  const [{ id }]: { id: string }[] = await em.query(
    `INSERT INTO referral (household_id, territory_id, sender_organisation_id, sender_user_id, recipient_organisation_id, status, purpose, message,
       shared_groups, decline_reason, outcome, outcome_monthly_amount_cents, outcome_start_month, outcome_reason, status_changed_at, closed_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT shared_groups FROM referral_type WHERE territory_id = $2 AND recipient_kind = $9), $10, $11, $12, $13, $14, $15, $16, $17, $15)
     RETURNING id`,
    [
      pick.household_id, from.territory_id, from.id, senderUser, to.id, final, demo.purpose ?? null, 'Personne informée et d’accord pour être contactée.', to.kind,
      demo.declineReason ?? null, demo.outcome?.outcome ?? null, demo.outcome?.outcome === 'droit_ouvert' ? demo.outcome.monthlyAmountCents : null,
      demo.outcome?.outcome === 'droit_ouvert' ? startMonth : null, demo.outcome?.reason ?? null, at(demo.path.length), isFinal ? at(demo.path.length) : null, sentAt,
    ],
  );
  if (pick.right_id && demo.benefit) await em.query('INSERT INTO referral_right (referral_id, detected_right_id) VALUES ($1, $2)', [id, pick.right_id]);
  const events: [ReferralStatus | null, ReferralStatus, string | null, string | null][] = [[null, 'envoyee', senderUser, 'Personne informée et d’accord pour être contactée.']];
  const comments = [...(demo.comments ?? [])];
  let previous: ReferralStatus = 'envoyee';
  for (const s of demo.path) {
    const actor = s === 'annulee' || s === 'expiree' ? (s === 'annulee' ? senderUser : null) : recipientUser;
    const comment = s === 'declinee' ? (demo.declineReason ?? null) : (s === 'en_cours' || s === 'cloturee' || s === 'annulee' ? (comments.shift() ?? null) : null);
    events.push([previous, s, actor, comment]);
    previous = s;
  }
  for (const [i, [fromStatus, toStatus, actor, comment]] of events.entries()) {
    const actorOrg = toStatus === 'envoyee' || toStatus === 'annulee' || toStatus === 'expiree' ? from.id : to.id;
    const payload = toStatus === 'cloturee' && demo.outcome ? { outcome: demo.outcome.outcome, monthlyAmountCents: demo.outcome.monthlyAmountCents, reason: demo.outcome.reason } : {};
    await em.query(
      `INSERT INTO referral_event (referral_id, from_status, to_status, actor_id, actor_organisation_id, at, comment, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
      [id, fromStatus, toStatus, actor, actorOrg, at(i), comment, JSON.stringify(payload)],
    );
  }
  // The closed loop on the detected right, as the API's closing would have walked it.
  if (pick.right_id && (demo.outcome?.outcome === 'droit_ouvert' || demo.outcome?.outcome === 'droit_refuse')) {
    const granted = demo.outcome.outcome === 'droit_ouvert';
    const chain = granted ? ['confirme', 'informe', 'demande_deposee', 'accorde'] : ['confirme', 'informe', 'demande_deposee', 'refuse'];
    let prev = 'detecte';
    for (const [i, s] of chain.entries()) {
      await em.query(
        `INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, reason, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [pick.right_id, prev, s, recipientUser, s === 'refuse' ? 'ressources_superieures' : null, 'Orientation clôturée par le partenaire', new Date(at(demo.path.length).getTime() + i)],
      );
      prev = s;
    }
    await em.query(
      // Detected before it was referred (a week before the referral), so delays from detection stay positive.
      `UPDATE detected_right SET status = $2, status_changed_at = $3, granted_monthly_amount_cents = $4, granted_from = $5, refusal_reason = $6,
         detected_at = LEAST(detected_at, $7) WHERE id = $1`,
      [pick.right_id, granted ? 'accorde' : 'refuse', at(demo.path.length), granted ? demo.outcome.monthlyAmountCents : null, granted ? `${startMonth}-01` : null, granted ? null : 'ressources_superieures', new Date(at(0).getTime() - 7 * DAY)],
    );
  }
  if (demo.withdrawn)
    await em.query(
      `INSERT INTO consent (person_id, household_id, organisation_id, purpose, recipient_organisation_id, given, decided_on, method, recorded_by, recorded_at)
       VALUES ($1, $2, $3, 'partage_partenaire', $4, false, $5, 'ecrit', $6, now())`,
      [pick.applicant_id, pick.household_id, from.id, to.id, new Date(Date.now() - DAY).toISOString().slice(0, 10), senderUser],
    );
}
