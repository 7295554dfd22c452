import { canTransition, REACHED_OUTCOMES, type ContactChannel, type ContactOutcome, type DetectedRightStatus } from '@recours/domain';
import type { components } from '../../api/schema';

/** A contact as the API returns it (GET /api/contacts?filter={"householdId":…}). */
export type Contact = components['schemas']['ContactDto'];

/** Body of POST /api/contacts. */
export type ContactInput = components['schemas']['ContactCreateDto'];

/** The dialog's values: the body's fields, and the "move to informed" choice. */
export type ContactFormValues = Partial<ContactInput> & { informRights?: boolean };

const isReached = (outcome: ContactOutcome | undefined) => !!outcome && (REACHED_OUTCOMES as readonly ContactOutcome[]).includes(outcome);

/**
 * The rights this contact may move to "Personne informée": those discussed with a person reached,
 * whose state allows it (the lifecycle of libs/domain, as the API checks it).
 */
export const informableRights = <R extends { id: string; status: DetectedRightStatus }>(rights: readonly R[], outcome: ContactOutcome | undefined, rightIds: readonly string[] | undefined): R[] =>
  isReached(outcome) ? rights.filter((r) => rightIds?.includes(r.id) && canTransition(r.status, 'informe')) : [];

export const contactPayload = (householdId: string, values: ContactFormValues, rights: readonly { id: string; status: DetectedRightStatus }[] = []): ContactInput => {
  const rightIds = values.rightIds ?? [];
  const informable = informableRights(rights, values.outcome, rightIds).map((r) => r.id);
  return {
    householdId,
    channel: values.channel as ContactChannel,
    outcome: values.outcome as ContactOutcome,
    note: values.note?.trim() ? values.note.trim() : undefined,
    rightIds,
    // Always said when the person was reached: unticked, no right moves (the API's default would move them).
    informRightIds: isReached(values.outcome) ? (values.informRights === false ? [] : informable) : undefined,
    nextAttemptOn: values.nextAttemptOn || undefined,
  };
};
