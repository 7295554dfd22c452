// Lifecycle of a detected right, as a pure table. The API applies it with a conditional
// `UPDATE … WHERE status = ANY(allowedFrom(to))`, so the table is the single source of truth.
import {
  OPEN_RIGHT_STATUSES,
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

/** A transition payload once checked against its target state (the API's `TransitionInputDto` parses into it). */
export type ValidTransition =
  | { to: 'ecarte'; reason: DismissReason; note: string | null }
  | { to: 'refuse'; reason: RefusalReason; note: string | null }
  | { to: 'accorde'; grantedMonthlyAmountCents: number; grantedFrom: string; note: string | null }
  | { to: Exclude<DetectedRightStatus, 'ecarte' | 'refuse' | 'accorde'>; note: string | null };

export const MAX_TRANSITION_NOTE_LENGTH = 2000;

/** Open states, re-exported here for callers that only need the machine. */
export { OPEN_RIGHT_STATUSES };
