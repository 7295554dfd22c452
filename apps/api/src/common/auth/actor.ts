import type { UserRole } from '@recours/domain';

/** `full` once every factor is checked; see Session.stage. */
export type SessionStage = 'full' | 'code' | 'enrolment';

/** Who is acting. Built from the session by the guard and passed explicitly to services. */
export interface Actor {
  readonly userId: string;
  readonly sessionId: string;
  readonly role: UserRole;
  readonly organisationId: string;
  readonly territoryId: string;
  /** Absent means `full` (actors built outside a session: worker, tests). */
  readonly stage?: SessionStage;
}
