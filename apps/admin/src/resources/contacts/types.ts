import type { ContactChannel, ContactOutcome } from '@recours/domain';

/** A contact as the API returns it (GET /api/contacts?filter={"householdId":…}). */
export interface Contact {
  id: string;
  householdId: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  note?: string | null;
  occurredAt: string;
  nextAttemptOn?: string | null;
  authorId?: string | null;
  authorName?: string | null;
  rightIds: string[];
  /** The follow-up task created for nextAttemptOn. */
  nextTaskId?: string | null;
}

/** Body of POST /api/contacts. */
export interface ContactInput {
  householdId: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  note?: string;
  rightIds: string[];
  nextAttemptOn?: string;
}

export const contactPayload = (householdId: string, values: Partial<ContactInput>): ContactInput => ({
  householdId,
  channel: values.channel as ContactChannel,
  outcome: values.outcome as ContactOutcome,
  note: values.note?.trim() ? values.note.trim() : undefined,
  rightIds: values.rightIds ?? [],
  nextAttemptOn: values.nextAttemptOn || undefined,
});
