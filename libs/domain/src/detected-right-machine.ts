// Lifecycle of a detected right, as a pure table. The API applies it with a conditional
// `UPDATE … WHERE status = ANY(allowedFrom(to))`, so the table is the single source of truth.
import {
  DISMISS_REASONS,
  OPEN_RIGHT_STATUSES,
  REFUSAL_REASONS,
  type DetectedRightStatus,
  type DismissReason,
  type RefusalReason,
} from './outreach';

/** `refus_personne` is reachable from every open state: the person may decline at any time. */
const TRANSITIONS: Readonly<Record<DetectedRightStatus, readonly DetectedRightStatus[]>> = Object.freeze({
  detecte: ['confirme', 'ecarte', 'refus_personne'],
  confirme: ['informe', 'abandonne', 'refus_personne'],
  // A claim can be filed the day the person is informed: the one shortcut of the chain.
  informe: ['demande_en_cours', 'demande_deposee', 'abandonne', 'refus_personne'],
  demande_en_cours: ['demande_deposee', 'abandonne', 'refus_personne'],
  demande_deposee: ['accorde', 'refuse', 'abandonne', 'refus_personne'],
  ecarte: [],
  accorde: [],
  refuse: [],
  abandonne: [],
  refus_personne: [],
});

export function allowedTransitions(from: DetectedRightStatus): readonly DetectedRightStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: DetectedRightStatus, to: DetectedRightStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** States from which `to` can be reached (the `status = ANY(…)` of the conditional update). */
export function allowedFrom(to: DetectedRightStatus): DetectedRightStatus[] {
  return (Object.keys(TRANSITIONS) as DetectedRightStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

export function isTerminalRightStatus(status: DetectedRightStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** French label of the action that moves a right to `to` (buttons of the back office). */
export const TRANSITION_ACTION_LABELS: Readonly<Record<DetectedRightStatus, string>> = Object.freeze({
  detecte: 'Remettre en détection',
  confirme: 'Confirmer le droit',
  ecarte: 'Écarter',
  informe: 'Personne informée',
  demande_en_cours: 'Demande en préparation',
  demande_deposee: 'Demande déposée',
  accorde: 'Droit accordé',
  refuse: 'Demande refusée',
  abandonne: 'Abandonner',
  refus_personne: 'La personne refuse',
});

export interface TransitionPayload {
  reason?: unknown;
  note?: unknown;
  grantedMonthlyAmountCents?: unknown;
  grantedFrom?: unknown;
}

/** A transition payload once checked against its target state. */
export type ValidTransition =
  | { to: 'ecarte'; reason: DismissReason; note: string | null }
  | { to: 'refuse'; reason: RefusalReason; note: string | null }
  | { to: 'accorde'; grantedMonthlyAmountCents: number; grantedFrom: string; note: string | null }
  | { to: Exclude<DetectedRightStatus, 'ecarte' | 'refuse' | 'accorde'>; note: string | null };

export interface TransitionFieldError {
  field: string;
  message: string;
}

export const MAX_TRANSITION_NOTE_LENGTH = 2000;

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks the payload a target state requires: `ecarte` a dismiss reason (`autre` with a note),
 * `refuse` a refusal reason, `accorde` a granted monthly amount ≥ 0 and a start date; the note is
 * optional everywhere. Fields another target needs are refused, so a misplaced value never goes unseen.
 */
export function validateTransition(
  to: DetectedRightStatus,
  payload: TransitionPayload,
): { ok: true; value: ValidTransition } | { ok: false; errors: TransitionFieldError[] } {
  const errors: TransitionFieldError[] = [];
  let note: string | null = null;
  if (payload.note !== undefined && payload.note !== null) {
    if (typeof payload.note !== 'string') errors.push({ field: 'note', message: 'doit être un texte' });
    else if (payload.note.length > MAX_TRANSITION_NOTE_LENGTH)
      errors.push({ field: 'note', message: `ne doit pas dépasser ${MAX_TRANSITION_NOTE_LENGTH} caractères` });
    else note = payload.note.trim() === '' ? null : payload.note;
  }
  const reasonAllowed = to === 'ecarte' || to === 'refuse';
  const grantAllowed = to === 'accorde';
  if (!reasonAllowed && payload.reason !== undefined && payload.reason !== null)
    errors.push({ field: 'reason', message: 'motif non attendu pour cette transition' });
  if (!grantAllowed) {
    for (const field of ['grantedMonthlyAmountCents', 'grantedFrom'] as const)
      if (payload[field] !== undefined && payload[field] !== null)
        errors.push({ field, message: 'champ attendu seulement pour « Droit accordé »' });
  }

  if (to === 'ecarte') {
    if (!(DISMISS_REASONS as readonly unknown[]).includes(payload.reason))
      errors.push({ field: 'reason', message: `motif obligatoire parmi : ${DISMISS_REASONS.join(', ')}` });
    else if (payload.reason === 'autre' && note === null)
      errors.push({ field: 'note', message: 'précisez le motif dans la note' });
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { to, reason: payload.reason as DismissReason, note } };
  }
  if (to === 'refuse') {
    if (!(REFUSAL_REASONS as readonly unknown[]).includes(payload.reason))
      errors.push({ field: 'reason', message: `motif obligatoire parmi : ${REFUSAL_REASONS.join(', ')}` });
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { to, reason: payload.reason as RefusalReason, note } };
  }
  if (to === 'accorde') {
    const amount = payload.grantedMonthlyAmountCents;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0)
      errors.push({ field: 'grantedMonthlyAmountCents', message: 'montant mensuel accordé obligatoire, en centimes, entier ≥ 0' });
    if (!isIsoDate(payload.grantedFrom))
      errors.push({ field: 'grantedFrom', message: "date d'ouverture du droit obligatoire (AAAA-MM-JJ)" });
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { to, grantedMonthlyAmountCents: amount as number, grantedFrom: payload.grantedFrom as string, note } };
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { to, note } };
}

/** Open states, re-exported here for callers that only need the machine. */
export { OPEN_RIGHT_STATUSES };
