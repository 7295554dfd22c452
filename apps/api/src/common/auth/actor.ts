import type { UserRole } from '@recours/domain';

/** Who is acting. Built from the session by the guard and passed explicitly to services. */
export interface Actor {
  readonly userId: string;
  readonly sessionId: string;
  readonly role: UserRole;
  readonly organisationId: string;
  readonly territoryId: string;
}
