// Lifecycle of a task, as a pure table. The API applies it with a conditional
// `UPDATE … WHERE status = ANY(taskStatusesLeadingTo(to))` and the back office draws its buttons
// from it, so both read the same rules.
import type { TaskStatus } from './outreach';

/** A done or cancelled task can be reopened; a started task cannot go back to "to do". */
const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = Object.freeze({
  a_faire: ['en_cours', 'faite', 'annulee'],
  en_cours: ['faite', 'annulee'],
  faite: ['a_faire'],
  annulee: ['a_faire'],
});

export function allowedTaskTransitions(from: TaskStatus): readonly TaskStatus[] {
  return TRANSITIONS[from];
}

export function canTransitionTask(from: TaskStatus, to: TaskStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** States from which `to` can be reached (the `status = ANY(…)` of the conditional update). */
export function taskStatusesLeadingTo(to: TaskStatus): TaskStatus[] {
  return (Object.keys(TRANSITIONS) as TaskStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

/** French label of the action that moves a task to `to` (buttons of the back office). */
export const TASK_ACTION_LABELS: Readonly<Record<TaskStatus, string>> = Object.freeze({
  a_faire: 'Rouvrir',
  en_cours: 'Commencer',
  faite: 'Marquer faite',
  annulee: 'Annuler',
});
