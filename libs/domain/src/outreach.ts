// Vocabulary of detected rights and outreach ("aller-vers"): detected rights, contacts, tasks and
// campaigns. Shared by the API (validation, database enums), the worker and the back office.
import type { Benefit } from './index';

/** Benefits the engine (or a partner, or a worker) can detect: the received-benefit union minus `autre`. */
export const DETECTABLE_BENEFITS = [
  'rsa',
  'prime_activite',
  'aide_logement',
  'cheque_energie',
  'css',
  'allocations_familiales',
  'asf',
  'complement_familial',
  'aah',
  'aspa',
] as const satisfies readonly Exclude<Benefit, 'autre'>[];
export type DetectableBenefit = (typeof DETECTABLE_BENEFITS)[number];

export const DETECTED_RIGHT_STATUSES = [
  'detecte',
  'confirme',
  'ecarte',
  'informe',
  'demande_en_cours',
  'demande_deposee',
  'accorde',
  'refuse',
  'abandonne',
  'refus_personne',
] as const;
export type DetectedRightStatus = (typeof DETECTED_RIGHT_STATUSES)[number];

/** States in which a right is still being worked on: at most one per household and benefit. */
export const OPEN_RIGHT_STATUSES = [
  'detecte',
  'confirme',
  'informe',
  'demande_en_cours',
  'demande_deposee',
] as const satisfies readonly DetectedRightStatus[];
export type OpenRightStatus = (typeof OPEN_RIGHT_STATUSES)[number];

export function isOpenRightStatus(status: DetectedRightStatus): status is OpenRightStatus {
  return (OPEN_RIGHT_STATUSES as readonly string[]).includes(status);
}

/** Why a social worker dismisses a detection (`ecarte`). */
export const DISMISS_REASONS = ['deja_percu', 'non_eligible', 'doublon', 'autre'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** Why the paying body refused the claim (`refuse`). */
export const REFUSAL_REASONS = ['ressources_superieures', 'conditions_non_remplies', 'dossier_incomplet', 'autre'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const CONFIDENCES = ['haute', 'moyenne', 'faible'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Weight of a detection in the expected gain (annual amount × weight), from the completeness of inputs. */
export const CONFIDENCE_WEIGHT: Readonly<Record<Confidence, number>> = Object.freeze({ haute: 1, moyenne: 0.6, faible: 0.3 });

export const RIGHT_SOURCES = ['moteur', 'partenaire', 'saisie'] as const;
export type RightSource = (typeof RIGHT_SOURCES)[number];

/** Estimated amounts are monthly, except the chèque énergie (annual). */
export const AMOUNT_PERIODS = ['mensuel', 'annuel'] as const;
export type AmountPeriod = (typeof AMOUNT_PERIODS)[number];

export function amountPeriodOf(benefit: DetectableBenefit): AmountPeriod {
  return benefit === 'cheque_energie' ? 'annuel' : 'mensuel';
}

/** Annual value of an estimated amount (× 12 for monthly amounts). */
export function annualCents(amountCents: number, period: AmountPeriod): number {
  return period === 'annuel' ? amountCents : amountCents * 12;
}

export const CONTACT_CHANNELS = [
  'telephone',
  'sms',
  'courrier',
  'email',
  'visite_domicile',
  'permanence',
  'evenement',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_OUTCOMES = ['joint', 'non_joint', 'mauvais_numero', 'refus', 'rdv_pris'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** Outcomes meaning the person was reached (moves linked `confirme` rights to `informe`; campaign funnel). */
export const REACHED_OUTCOMES = ['joint', 'rdv_pris'] as const satisfies readonly ContactOutcome[];

export const TASK_STATUSES = ['a_faire', 'en_cours', 'faite', 'annulee'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** States in which a task is still to be done (lists of open tasks, "my day", overdue filters). */
export const OPEN_TASK_STATUSES = ['a_faire', 'en_cours'] as const satisfies readonly TaskStatus[];
export type OpenTaskStatus = (typeof OPEN_TASK_STATUSES)[number];

export function isOpenTaskStatus(status: TaskStatus): status is OpenTaskStatus {
  return (OPEN_TASK_STATUSES as readonly string[]).includes(status);
}

export const TASK_PRIORITIES = ['basse', 'normale', 'haute', 'urgente'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const CAMPAIGN_STATUSES = ['brouillon', 'en_cours', 'terminee', 'echec'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
/** Right statuses a campaign targets when its filters name none: rights not yet brought to the person. */
export const DEFAULT_CAMPAIGN_RIGHT_STATUSES = ['detecte', 'confirme'] as const satisfies readonly OpenRightStatus[];
/** A campaign not finished yet: a draft, or a launch the worker may (re-)run. */
/** Days a campaign's tasks get after the launch when it sets no due date of its own. */
export const DEFAULT_CAMPAIGN_TASK_DAYS = 14;

export const OPEN_CAMPAIGN_STATUSES = ['brouillon', 'en_cours'] as const satisfies readonly CampaignStatus[];

/** Who receives the tasks of a campaign: each household's referent, or one chosen worker. */
export const CAMPAIGN_ASSIGNMENTS = ['referent', 'user'] as const;
export type CampaignAssignment = (typeof CAMPAIGN_ASSIGNMENTS)[number];

/** Default length of the outreach block after a person declines (CNIL deliberation 2022-101). */
export const DEFAULT_REFUSAL_BLOCK_MONTHS = 12;

export const OUTREACH_LABELS = {
  detectableBenefit: {
    rsa: 'RSA',
    prime_activite: "Prime d'activité",
    aide_logement: 'Aide au logement',
    cheque_energie: 'Chèque énergie',
    css: 'Complémentaire santé solidaire',
    allocations_familiales: 'Allocations familiales',
    asf: 'Allocation de soutien familial',
    complement_familial: 'Complément familial',
    aah: 'AAH',
    aspa: 'ASPA',
  },
  detectedRightStatus: {
    detecte: 'Détecté',
    confirme: 'Confirmé',
    ecarte: 'Écarté',
    informe: 'Personne informée',
    demande_en_cours: 'Demande en cours',
    demande_deposee: 'Demande déposée',
    accorde: 'Droit accordé',
    refuse: 'Demande refusée',
    abandonne: 'Abandonné',
    refus_personne: 'Refus de la personne',
  },
  dismissReason: {
    deja_percu: 'Déjà perçu',
    non_eligible: 'Non éligible',
    doublon: 'Doublon',
    autre: 'Autre motif',
  },
  refusalReason: {
    ressources_superieures: 'Ressources supérieures au plafond',
    conditions_non_remplies: 'Conditions non remplies',
    dossier_incomplet: 'Dossier incomplet',
    autre: 'Autre motif',
  },
  confidence: { haute: 'Haute', moyenne: 'Moyenne', faible: 'Faible' },
  rightSource: { moteur: 'Moteur de calcul', partenaire: 'Partenaire', saisie: 'Saisie manuelle' },
  amountPeriod: { mensuel: 'par mois', annuel: 'par an' },
  contactChannel: {
    telephone: 'Téléphone',
    sms: 'SMS',
    courrier: 'Courrier',
    email: 'Courriel',
    visite_domicile: 'Visite à domicile',
    permanence: 'Permanence',
    evenement: 'Événement',
  },
  contactOutcome: {
    joint: 'Personne jointe',
    non_joint: 'Non jointe',
    mauvais_numero: 'Mauvaises coordonnées',
    refus: 'Refus',
    rdv_pris: 'Rendez-vous pris',
  },
  taskStatus: { a_faire: 'À faire', en_cours: 'En cours', faite: 'Faite', annulee: 'Annulée' },
  taskPriority: { basse: 'Basse', normale: 'Normale', haute: 'Haute', urgente: 'Urgente' },
  campaignStatus: { brouillon: 'Brouillon, non lancée', en_cours: 'Création des tâches en cours', terminee: 'Tâches créées, suivi en cours', echec: 'Échec du lancement' },
  campaignAssignment: { referent: 'Référent·e de chaque foyer', user: 'Un·e intervenant·e choisi·e' },
} as const satisfies {
  detectableBenefit: Record<DetectableBenefit, string>;
  detectedRightStatus: Record<DetectedRightStatus, string>;
  dismissReason: Record<DismissReason, string>;
  refusalReason: Record<RefusalReason, string>;
  confidence: Record<Confidence, string>;
  rightSource: Record<RightSource, string>;
  amountPeriod: Record<AmountPeriod, string>;
  contactChannel: Record<ContactChannel, string>;
  contactOutcome: Record<ContactOutcome, string>;
  taskStatus: Record<TaskStatus, string>;
  taskPriority: Record<TaskPriority, string>;
  campaignStatus: Record<CampaignStatus, string>;
  campaignAssignment: Record<CampaignAssignment, string>;
};
