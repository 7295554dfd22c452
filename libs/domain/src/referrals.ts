// Referrals ("orientations") between organisations and the consent ledger they rest on. The
// lifecycle is a pure table of actions: the API applies each one with a conditional
// `UPDATE … WHERE status = ANY(from)`, so this table is the single source of truth.
import { allowedTransitions } from './detected-right-machine';
import type { DetectedRightStatus } from './outreach';

export const REFERRAL_STATUSES = ['envoyee', 'accusee', 'acceptee', 'declinee', 'en_cours', 'cloturee', 'annulee', 'expiree'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_OUTCOMES = ['droit_ouvert', 'droit_refuse', 'sans_suite'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Who may take an action: the recipient organisation, the sender organisation, or the system (sweep). */
export type ReferralParty = 'recipient' | 'sender' | 'system';

export const REFERRAL_ACTIONS = ['acknowledge', 'accept', 'decline', 'progress', 'close', 'cancel', 'expire'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

interface ActionRule {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: ReferralParty;
  /** Body fields the action requires. */
  requires: readonly string[];
}

const OPEN: readonly ReferralStatus[] = ['envoyee', 'accusee', 'acceptee', 'en_cours'];

/**
 * `progress` is a dated comment: from `acceptee` it starts the work (`en_cours`), from `en_cours` it
 * stays there. A partner may close right after accepting (the claim is opened the same day).
 */
const ACTIONS: Readonly<Record<ReferralAction, ActionRule>> = Object.freeze({
  acknowledge: { from: ['envoyee'], to: 'accusee', by: 'recipient', requires: [] },
  accept: { from: ['accusee'], to: 'acceptee', by: 'recipient', requires: [] },
  decline: { from: ['accusee'], to: 'declinee', by: 'recipient', requires: ['reason'] },
  progress: { from: ['acceptee', 'en_cours'], to: 'en_cours', by: 'recipient', requires: ['comment'] },
  close: { from: ['acceptee', 'en_cours'], to: 'cloturee', by: 'recipient', requires: ['outcome'] },
  cancel: { from: OPEN, to: 'annulee', by: 'sender', requires: [] },
  expire: { from: ['envoyee', 'accusee'], to: 'expiree', by: 'system', requires: [] },
});

export function referralActionRule(action: ReferralAction): ActionRule {
  return ACTIONS[action];
}

export function canApplyReferralAction(action: ReferralAction, from: ReferralStatus): boolean {
  return ACTIONS[action].from.includes(from);
}

/** Actions open to one party from a state, in table order. */
export function allowedReferralActions(from: ReferralStatus, party: ReferralParty): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((a) => ACTIONS[a].by === party && ACTIONS[a].from.includes(from));
}

export function isOpenReferralStatus(status: ReferralStatus): boolean {
  return OPEN.includes(status);
}

export const OPEN_REFERRAL_STATUSES = OPEN;

/** Days without a change after which an open referral is overdue (list filter, back-office chip). */
export const REFERRAL_OVERDUE_DAYS: Readonly<Record<'envoyee' | 'accusee' | 'acceptee' | 'en_cours', number>> = Object.freeze({
  envoyee: 5,
  accusee: 10,
  acceptee: 30,
  en_cours: 60,
});

/** Default days a recipient keeps reading a closed referral (organisation setting). */
export const DEFAULT_REFERRAL_GRACE_DAYS = 30;

/** Groups of household data a referral type shares with the recipient. */
export const SHARED_FIELD_GROUPS = ['identite', 'composition', 'revenus', 'logement', 'droit_detecte'] as const;
export type SharedFieldGroup = (typeof SHARED_FIELD_GROUPS)[number];

export const CONSENT_PURPOSES = ['partage_partenaire', 'contact_sms', 'contact_email', 'contact_courrier'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['oral', 'ecrit', 'signe'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface ReferralActionPayload {
  reason?: unknown;
  comment?: unknown;
  outcome?: unknown;
  monthlyAmountCents?: unknown;
  startMonth?: unknown;
}

export type ValidReferralAction =
  | { action: 'decline'; reason: string; comment: string | null }
  | { action: 'progress'; comment: string }
  | { action: 'close'; outcome: 'droit_ouvert'; monthlyAmountCents: number; startMonth: string; comment: string | null }
  | { action: 'close'; outcome: 'droit_refuse'; reason: string; comment: string | null }
  | { action: 'close'; outcome: 'sans_suite'; comment: string | null }
  | { action: 'acknowledge' | 'accept' | 'cancel' | 'expire'; comment: string | null };

export const MAX_REFERRAL_TEXT = 2000;
const MONTH = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

function text(value: unknown, field: string, errors: { field: string; message: string }[], required: string | null): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) errors.push({ field, message: required });
    return null;
  }
  if (typeof value !== 'string') {
    errors.push({ field, message: 'doit être un texte' });
    return null;
  }
  if (value.length > MAX_REFERRAL_TEXT) {
    errors.push({ field, message: `ne doit pas dépasser ${MAX_REFERRAL_TEXT} caractères` });
    return null;
  }
  return value.trim();
}

/**
 * Checks the body an action needs: `decline` a reason, `progress` a comment, `close` an outcome
 * (`droit_ouvert` with the monthly amount in cents and the start month, `droit_refuse` with a
 * reason). Fields that belong to another action are refused, so a misplaced value never goes unseen.
 */
export function validateReferralAction(
  action: ReferralAction,
  p: ReferralActionPayload,
): { ok: true; value: ValidReferralAction } | { ok: false; errors: { field: string; message: string }[] } {
  const errors: { field: string; message: string }[] = [];
  const unexpected = (field: keyof ReferralActionPayload) => {
    if (p[field] !== undefined && p[field] !== null) errors.push({ field, message: 'champ non attendu pour cette action' });
  };
  if (action !== 'close') for (const f of ['outcome', 'monthlyAmountCents', 'startMonth'] as const) unexpected(f);
  if (action === 'decline') {
    const reason = text(p.reason, 'reason', errors, 'motif du refus obligatoire');
    const comment = text(p.comment, 'comment', errors, null);
    return errors.length || reason === null ? { ok: false, errors } : { ok: true, value: { action, reason, comment } };
  }
  if (action === 'progress') {
    unexpected('reason');
    const comment = text(p.comment, 'comment', errors, 'commentaire obligatoire');
    return errors.length || comment === null ? { ok: false, errors } : { ok: true, value: { action, comment } };
  }
  if (action === 'close') {
    const comment = text(p.comment, 'comment', errors, null);
    if (!(REFERRAL_OUTCOMES as readonly unknown[]).includes(p.outcome)) {
      errors.push({ field: 'outcome', message: `issue obligatoire parmi : ${REFERRAL_OUTCOMES.join(', ')}` });
      return { ok: false, errors };
    }
    const outcome = p.outcome as ReferralOutcome;
    if (outcome !== 'droit_ouvert') for (const f of ['monthlyAmountCents', 'startMonth'] as const) unexpected(f);
    if (outcome === 'droit_ouvert') {
      unexpected('reason');
      const amount = p.monthlyAmountCents;
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0 || amount > 100_000_000)
        errors.push({ field: 'monthlyAmountCents', message: 'montant mensuel obligatoire, en centimes, entier ≥ 0' });
      if (typeof p.startMonth !== 'string' || !MONTH.test(p.startMonth))
        errors.push({ field: 'startMonth', message: 'mois d’ouverture du droit obligatoire (AAAA-MM)' });
      if (errors.length) return { ok: false, errors };
      return { ok: true, value: { action, outcome, monthlyAmountCents: amount as number, startMonth: p.startMonth as string, comment } };
    }
    if (outcome === 'droit_refuse') {
      const reason = text(p.reason, 'reason', errors, 'motif du refus obligatoire');
      return errors.length || reason === null ? { ok: false, errors } : { ok: true, value: { action, outcome, reason, comment } };
    }
    unexpected('reason');
    return errors.length ? { ok: false, errors } : { ok: true, value: { action, outcome, comment } };
  }
  unexpected('reason');
  const comment = text(p.comment, 'comment', errors, null);
  return errors.length ? { ok: false, errors } : { ok: true, value: { action, comment } };
}

export const REFERRAL_LABELS = {
  referralStatus: {
    envoyee: 'Envoyée',
    accusee: 'Reçue (accusé de réception)',
    acceptee: 'Acceptée',
    declinee: 'Déclinée',
    en_cours: 'En cours',
    cloturee: 'Clôturée',
    annulee: 'Annulée',
    expiree: 'Expirée',
  },
  referralOutcome: {
    droit_ouvert: 'Droit ouvert',
    droit_refuse: 'Droit refusé',
    sans_suite: 'Sans suite',
  },
  referralAction: {
    acknowledge: 'Accuser réception',
    accept: 'Accepter',
    decline: 'Décliner',
    progress: 'Signaler un avancement',
    close: 'Clôturer',
    cancel: 'Annuler l’orientation',
    expire: 'Marquer comme expirée',
  },
  sharedFieldGroup: {
    identite: 'Identité et coordonnées',
    composition: 'Composition du foyer',
    revenus: 'Revenus',
    logement: 'Logement',
    droit_detecte: 'Droit détecté et son explication',
  },
  consentPurpose: {
    partage_partenaire: 'Partage avec un partenaire',
    contact_sms: 'Contact par SMS',
    contact_email: 'Contact par e-mail',
    contact_courrier: 'Contact par courrier',
  },
  consentMethod: { oral: 'Oral', ecrit: 'Écrit', signe: 'Signé' },
} as const satisfies {
  referralStatus: Record<ReferralStatus, string>;
  referralOutcome: Record<ReferralOutcome, string>;
  referralAction: Record<ReferralAction, string>;
  sharedFieldGroup: Record<SharedFieldGroup, string>;
  consentPurpose: Record<ConsentPurpose, string>;
  consentMethod: Record<ConsentMethod, string>;
};

/**
 * Shortest chain of detected-right transitions from `from` to `to` (empty when already there,
 * null when unreachable): closing a referral walks the right through the states it skipped, each
 * step recorded, rather than bypassing the right's own machine.
 */
export function rightTransitionPath(from: DetectedRightStatus, to: DetectedRightStatus): DetectedRightStatus[] | null {
  if (from === to) return [];
  const previous = new Map<DetectedRightStatus, DetectedRightStatus>();
  const queue: DetectedRightStatus[] = [from];
  while (queue.length) {
    const current = queue.shift() as DetectedRightStatus;
    for (const next of allowedTransitions(current)) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, current);
      if (next === to) {
        const path: DetectedRightStatus[] = [to];
        for (let s = current; s !== from; s = previous.get(s) as DetectedRightStatus) path.unshift(s);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
