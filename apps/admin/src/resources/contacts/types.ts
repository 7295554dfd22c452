import type { ContactChannel, ContactOutcome } from '@recours/domain';
import type { components } from '../../api/schema';

/** A contact as the API returns it (GET /api/contacts?filter={"householdId":…}). */
export type Contact = components['schemas']['ContactDto'];

/** Body of POST /api/contacts. */
export type ContactInput = components['schemas']['ContactCreateDto'];

export const contactPayload = (householdId: string, values: Partial<ContactInput>): ContactInput => ({
  householdId,
  channel: values.channel as ContactChannel,
  outcome: values.outcome as ContactOutcome,
  note: values.note?.trim() ? values.note.trim() : undefined,
  rightIds: values.rightIds ?? [],
  nextAttemptOn: values.nextAttemptOn || undefined,
});
