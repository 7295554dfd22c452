// Demo activity: a year of outreach by the Creuse council and the CCAS de Guéret, so that a newcomer
// signs in to a living caseload and a manager to a dashboard with figures. Detected rights moved
// along their lifecycle (each step dated, with its author and note), the contacts that informed the
// people, tasks in every state and campaigns in every settled state (draft, finished, failed).
// The history ends before the current month, and it leaves alone the households the back-office
// journeys work on (the "Martin" ones and the top of each worker's "Ma journée").
import { parisToday, type DetectableBenefit, type DetectedRightStatus } from '@recours/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Prng } from './prng';

type Outcome = Exclude<DetectedRightStatus, 'detecte' | 'refus_personne'>;

/** Where each right of the history ends, and how often (weights). */
const OUTCOMES: [Outcome, number][] = [
  ['confirme', 12], ['informe', 14], ['demande_en_cours', 10], ['demande_deposee', 14],
  ['accorde', 26], ['refuse', 8], ['ecarte', 9], ['abandonne', 7],
];

/** The steps that lead to each outcome. */
const PATHS: Record<Outcome, DetectedRightStatus[]> = {
  confirme: ['confirme'],
  informe: ['confirme', 'informe'],
  demande_en_cours: ['confirme', 'informe', 'demande_en_cours'],
  demande_deposee: ['confirme', 'informe', 'demande_en_cours', 'demande_deposee'],
  accorde: ['confirme', 'informe', 'demande_deposee', 'accorde'],
  refuse: ['confirme', 'informe', 'demande_en_cours', 'demande_deposee', 'refuse'],
  ecarte: ['ecarte'],
  abandonne: ['confirme', 'informe', 'abandonne'],
};

const NOTES: Partial<Record<DetectedRightStatus, string[]>> = {
  confirme: ['Ressources vérifiées avec la personne', 'Situation confirmée lors de la permanence', 'Avis d’imposition consulté'],
  informe: ['Droit expliqué, la personne souhaite être aidée', 'Informée par téléphone, rendez-vous proposé', 'Informée lors de la visite à domicile'],
  demande_en_cours: ['Pièces justificatives en cours de collecte', 'Dossier commencé en ligne avec la personne'],
  demande_deposee: ['Demande déposée en ligne', 'Dossier remis à l’accueil de l’organisme'],
  accorde: ['Notification d’accord reçue', 'Premier versement confirmé par la personne'],
  refuse: ['Courrier de refus reçu, recours étudié avec la personne'],
  abandonne: ['La personne ne donne plus de nouvelles après trois relances', 'Déménagement hors du département'],
  ecarte: ['Droit déjà perçu, vérifié sur l’attestation', 'Hors conditions après vérification des ressources'],
};

interface Candidate {
  id: string;
  household_id: string;
  organisation_id: string;
  benefit: DetectableBenefit;
  estimated_amount_cents: number;
  amount_period: 'mensuel' | 'annuel';
  referent_id: string;
}

const day = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** A moment of the working day, Paris time in winter (good enough for a demo). */
const at = (d: string, rng: Prng) => `${d}T${String(8 + rng.int(0, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+01:00`;

export async function seedActivity(ds: DataSource, log: (m: string) => void): Promise<void> {
  const rng = new Prng(20261206);
  const today = parisToday();
  const lastDay = day(`${today.slice(0, 7)}-01`, -1); // the history ends before the current month
  await ds.transaction(async (em) => {
    const candidates = await pickRights(em);
    let transitions = 0;
    let contacts = 0;
    const tasks: Record<string, unknown>[] = [];
    const byOutcome = new Map<Outcome, Candidate[]>();
    const firstStepOn = new Map<string, string>();
    for (const right of candidates) {
      const outcome = rng.weighted(OUTCOMES);
      const steps = PATHS[outcome];
      let date = day(lastDay, -rng.int(steps.length * 12, 320));
      firstStepOn.set(right.id, date);
      // Detected some days before the first step (the seed's detection has just stamped it today).
      const detectedAt = at(day(date, -rng.int(3, 30)), rng);
      await em.query(`UPDATE detected_right SET detected_at = $2 WHERE id = $1`, [right.id, detectedAt]);
      await em.query(`UPDATE detected_right_transition SET at = $2 WHERE detected_right_id = $1 AND from_status IS NULL`, [right.id, detectedAt]);
      for (const [i, to] of steps.entries()) {
        if (i > 0) date = day(date, rng.int(3, 25));
        if (date > lastDay) date = lastDay;
        const from = i === 0 ? 'detecte' : steps[i - 1];
        const granted = to === 'accorde' ? grant(right, date, rng) : null;
        const reason = to === 'ecarte' ? rng.pick(['deja_percu', 'non_eligible'] as const) : to === 'refuse' ? rng.pick(['ressources_superieures', 'dossier_incomplet'] as const) : null;
        await em.query(
          `INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, at, reason, note, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [right.id, from, to, right.referent_id, at(date, rng), reason, rng.pick(NOTES[to] ?? ['']) || null, granted ?? {}],
        );
        await em.query(
          `UPDATE detected_right SET status = $2, status_changed_at = $3, updated_at = $3,
             dismiss_reason = $4, refusal_reason = $5, granted_monthly_amount_cents = $6, granted_from = $7 WHERE id = $1`,
          [right.id, to, at(date, rng), to === 'ecarte' ? reason : null, to === 'refuse' ? reason : null, granted?.grantedMonthlyAmountCents ?? null, granted?.grantedFrom ?? null],
        );
        transitions++;
        if (to === 'informe') contacts += await contactsBefore(em, right, date, rng);
      }
      byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), right]);
      tasks.push(...tasksFor(right, outcome, today, lastDay, rng));
    }
    for (const t of tasks) {
      // The task_reminder_insert trigger writes each open task's reminders, as for the API's tasks.
      await em.query(
        `INSERT INTO task (household_id, organisation_id, title, detected_right_id, assignee_id, due_on, priority, status, created_by, created_at, updated_at, completed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5, $9, $9, $10)`,
        [t.household, t.organisation, t.title, t.right, t.assignee, t.due, t.priority, t.status, t.createdAt, t.completedAt],
      );
    }
    await seedFailedReminder(em);
    const campaigns = await seedCampaigns(em, byOutcome.get('accorde') ?? [], firstStepOn, today, rng);
    log(`Activité de démonstration : ${candidates.length} droits suivis (${transitions} étapes), ${contacts} contacts, ${tasks.length} tâches, ${campaigns} campagnes.`);
  });
}

/**
 * One reminder whose fire job exhausted every round (its row as the worker leaves it), so that the
 * Département's managers find an example under « Relances en échec »: the earliest due task reminder
 * of their organisation.
 */
async function seedFailedReminder(em: EntityManager): Promise<void> {
  await em.query(
    `UPDATE reminder SET state = 'failed', attempts = 15, fire_rounds = 3, done_at = due_at + interval '40 minutes',
       outcome = 'connect ECONNREFUSED 10.0.4.12:5432 (base de données injoignable pendant une maintenance)'
     WHERE id = (SELECT r.id FROM reminder r JOIN app_user u ON u.organisation_id = r.organisation_id AND u.role = 'manager'
                 WHERE r.kind = 'task_due' AND r.state = 'pending' AND r.due_at < now() ORDER BY r.due_at, r.id LIMIT 1)`,
  );
}

/** One right per household, away from the "Martin" households and the top 30 of each worker's "Ma journée". */
async function pickRights(em: EntityManager): Promise<Candidate[]> {
  return em.query(`
    WITH ranked AS (
      SELECT h.id, h.organisation_id, h.referent_id, h.applicant_last_name,
             row_number() OVER (PARTITION BY h.referent_id ORDER BY h.open_gain_cents DESC, h.id) AS rank
      FROM household h JOIN organisation o ON o.id = h.organisation_id
      WHERE o.name IN ('Conseil départemental de la Creuse', 'CCAS de Guéret') AND h.referent_id IS NOT NULL
    ), chosen AS (
      SELECT DISTINCT ON (dr.household_id) dr.id, dr.household_id, dr.organisation_id, dr.benefit, dr.estimated_amount_cents, dr.amount_period, r.referent_id
      FROM detected_right dr JOIN ranked r ON r.id = dr.household_id
      WHERE dr.status = 'detecte' AND r.rank > 30 AND r.applicant_last_name <> 'Martin'
      ORDER BY dr.household_id, dr.estimated_amount_cents DESC, dr.benefit
    )
    -- Two households in five, drawn from stable values (the detected rights' ids are random).
    SELECT * FROM chosen WHERE ('x' || substr(md5(household_id::text || benefit), 1, 8))::bit(32)::int % 5 < 2 ORDER BY household_id, benefit`);
}

/** The amount granted: the estimate give or take 15 %, in whole euros, from the month of the decision. */
function grant(right: Candidate, date: string, rng: Prng) {
  const estimatedMonthly = right.amount_period === 'annuel' ? Math.round(right.estimated_amount_cents / 12) : right.estimated_amount_cents;
  const monthly = Math.round((estimatedMonthly * rng.int(85, 115)) / 10_000) * 100;
  return { grantedMonthlyAmountCents: monthly, grantedFrom: `${date.slice(0, 7)}-01` };
}

/** The contact that informed the person, sometimes after a failed attempt. */
async function contactsBefore(em: EntityManager, right: Candidate, informedOn: string, rng: Prng): Promise<number> {
  const attempts: [string, string, string, string | null][] = [];
  if (rng.int(0, 9) < 4) attempts.push([day(informedOn, -rng.int(2, 6)), 'telephone', 'non_joint', informedOn]);
  attempts.push([informedOn, rng.pick(['telephone', 'visite_domicile', 'permanence']), 'joint', null]);
  for (const [date, channel, outcome, next] of attempts) {
    const [{ id }] = await em.query(
      `INSERT INTO contact (household_id, organisation_id, author_id, channel, outcome, note, occurred_at, next_attempt_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $7) RETURNING id`,
      [right.household_id, right.organisation_id, right.referent_id, channel, outcome, outcome === 'joint' ? 'Droit présenté, questions sur les pièces à fournir' : 'Pas de réponse, message laissé', at(date, rng), next],
    );
    await em.query(`INSERT INTO contact_right (contact_id, detected_right_id) VALUES ($1, $2)`, [id, right.id]);
  }
  await em.query(`UPDATE household SET last_contact_on = GREATEST(last_contact_on, $2::date) WHERE id = $1`, [right.household_id, informedOn]);
  return attempts.length;
}

/** Tasks in every state: to do (some overdue), in progress, done and cancelled. */
function tasksFor(right: Candidate, outcome: Outcome, today: string, lastDay: string, rng: Prng): Record<string, unknown>[] {
  const base = { household: right.household_id, organisation: right.organisation_id, right: right.id, assignee: right.referent_id };
  const open = (title: string, due: string, status: 'a_faire' | 'en_cours') => ({ ...base, title, due, status, priority: rng.pick(['normale', 'normale', 'haute', 'urgente']), createdAt: at(lastDay, rng), completedAt: null });
  const closed = (title: string, status: 'faite' | 'annulee') => {
    const due = day(lastDay, -rng.int(10, 200));
    return { ...base, title, due, status, priority: 'normale', createdAt: at(day(due, -7), rng), completedAt: status === 'faite' ? at(day(due, -rng.int(0, 5)), rng) : null };
  };
  switch (outcome) {
    case 'confirme':
      return [open('Appeler le foyer pour présenter le droit', day(today, rng.int(-6, 10)), 'a_faire')];
    case 'informe':
      return [open('Aider à rassembler les pièces justificatives', day(today, rng.int(-3, 14)), rng.pick(['a_faire', 'en_cours']))];
    case 'demande_en_cours':
      return [closed('Prendre rendez-vous pour la demande', 'faite'), open('Finaliser la demande en ligne', day(today, rng.int(-8, 7)), 'en_cours')];
    case 'demande_deposee':
      return [closed('Déposer la demande avec la personne', 'faite'), open('Relancer l’organisme sur la demande', day(today, rng.int(0, 20)), 'a_faire')];
    case 'accorde':
      return [closed('Déposer la demande avec la personne', 'faite')];
    case 'abandonne':
      return [closed('Relancer le foyer', 'annulee')];
    default:
      return [];
  }
}

/** A finished campaign on the prime d'activité (its cohort: granted rights among others), a draft and a failed launch. */
async function seedCampaigns(em: EntityManager, granted: Candidate[], firstStepOn: Map<string, string>, today: string, rng: Prng): Promise<number> {
  const [cd] = await em.query(`SELECT o.id, o.territory_id, u.id AS manager FROM organisation o JOIN app_user u ON u.organisation_id = o.id AND u.role = 'manager' WHERE o.name = 'Conseil départemental de la Creuse'`);
  const insert = async (c: Record<string, unknown>) => {
    const [{ id }] = await em.query(
      `INSERT INTO campaign (organisation_id, territory_id, name, filters, assignment, status, target_count, tasks_created, launched_at, finished_at, error, created_by, due_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'referent', $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
      [cd.id, cd.territory_id, c.name, c.filters, c.status, c.target ?? null, c.tasks ?? 0, c.launchedAt ?? null, c.finishedAt ?? null, c.error ?? null, cd.manager, c.due ?? null, c.createdAt],
    );
    return id as string;
  };
  // The twelve granted primes d'activité whose follow-up started last: the campaign was launched just
  // before, so its funnel counts every contact and step of theirs.
  const cohort = granted
    .filter((r) => r.organisation_id === cd.id && r.benefit === 'prime_activite')
    .sort((a, b) => firstStepOn.get(b.id)!.localeCompare(firstStepOn.get(a.id)!) || a.household_id.localeCompare(b.household_id))
    .slice(0, 12);
  const launched = day(cohort.map((r) => firstStepOn.get(r.id)!).sort()[0] ?? day(today, -150), -2);
  const finished = await insert({
    name: 'Prime d’activité : salariés à temps partiel', filters: { benefits: ['prime_activite'] }, status: 'terminee',
    target: cohort.length, tasks: cohort.length, launchedAt: at(launched, rng), finishedAt: at(launched, rng), due: day(launched, 30), createdAt: at(day(launched, -2), rng),
  });
  for (const right of cohort) {
    const [{ id }] = await em.query(
      `INSERT INTO task (household_id, organisation_id, title, detected_right_id, campaign_id, assignee_id, due_on, priority, status, created_by, created_at, updated_at, completed_at)
       VALUES ($1, $2, 'Campagne « Prime d’activité : salariés à temps partiel » : contacter le foyer au sujet de la prime d’activité', $3, $4, $5, $6, 'normale', 'faite', $7, $8, $8, $9) RETURNING id`,
      [right.household_id, right.organisation_id, right.id, finished, right.referent_id, day(launched, 30), cd.manager, at(launched, rng), at(day(launched, rng.int(2, 25)), rng)],
    );
    await em.query(`INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids, task_id) VALUES ($1, $2, $3, $4)`, [finished, right.household_id, [right.id], id]);
  }
  await insert({ name: 'Complémentaire santé solidaire : retraités de Guéret', filters: { benefits: ['css'], communeInsee: '23096' }, status: 'brouillon', due: day(today, 45), createdAt: at(day(today, -3), rng) });
  await insert({
    name: 'Chèque énergie : relance d’hiver', filters: { benefits: ['cheque_energie'] }, status: 'echec', launchedAt: at(day(today, -40), rng),
    error: 'Le lancement a échoué (service de traitement indisponible) : relancez la campagne.', createdAt: at(day(today, -41), rng),
  });
  return 3;
}
