// A person's refusal of outreach must outlive their household record (CNIL deliberation 2022-101):
// when the household is deleted, what remains is a keyed hash of each member's identity, the refused
// benefit and the end date, per organisation — nothing that names anyone without the secret.
// A household created or imported later with a member of the same identity gets the block back.
// Pure: hashes and SQL text; the caller runs the SQL with its own driver (API or worker).
import { createHmac } from 'node:crypto';
import type { SqlQuery } from './campaign-cohort';

export interface IdentityInput {
  firstName: string;
  lastName: string;
  /** `YYYY-MM-DD`; without it no identity is recorded (a name alone would block namesakes). */
  birthDate: string | null | undefined;
}

/** Lower case, accents and anything but letters removed: "Lefèvre-Dupont " and "LEFEVRE DUPONT" match. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** HMAC-SHA256 (hex) of the normalised identity, or null when it cannot identify a person. */
export function identityHash(secret: string, p: IdentityInput): string | null {
  const last = normaliseName(p.lastName);
  const first = normaliseName(p.firstName);
  if (!last || !first || !p.birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(p.birthDate)) return null;
  return createHmac('sha256', secret).update(`${last}\u001f${first}\u001f${p.birthDate}`).digest('hex');
}

export function identityHashes(secret: string, people: readonly IdentityInput[]): string[] {
  return [...new Set(people.map((p) => identityHash(secret, p)).filter((h): h is string => h !== null))];
}

/** Refusals at term are forgotten (run before remembering or restoring, so none outlives its end). */
export function purgeExpiredRefusalsQuery(today: string): SqlQuery {
  return { sql: 'DELETE FROM refused_identity WHERE blocked_until <= $1::date', params: [today] };
}

/**
 * Remembers the household's active blocks under these identity hashes (one row per organisation,
 * identity and benefit; a later end date wins).
 */
export function rememberRefusalsQuery(organisationId: string, householdId: string, hashes: string[], today: string): SqlQuery {
  return {
    sql: `INSERT INTO refused_identity (organisation_id, identity_hash, benefit, blocked_until)
SELECT $1::uuid, x.hash, ob.benefit, max(ob.blocked_until)
  FROM outreach_block ob CROSS JOIN unnest($3::text[]) AS x(hash)
 WHERE ob.household_id = $2::uuid AND ob.blocked_until > $4::date
 GROUP BY x.hash, ob.benefit
ON CONFLICT (organisation_id, identity_hash, benefit)
DO UPDATE SET blocked_until = greatest(refused_identity.blocked_until, excluded.blocked_until)`,
    params: [organisationId, householdId, hashes, today],
  };
}

/**
 * Called when a household is created, imported or gets new members: brings back, as outreach blocks
 * of this household, the organisation's unexpired refusals recorded under one of these identity
 * hashes (skipping those the household already has). Returns rows `benefit`, `blocked_until`
 * (`YYYY-MM-DD`) of the blocks it created.
 */
export function restoreRefusalsQuery(organisationId: string, householdId: string, hashes: string[], today: string): SqlQuery {
  return {
    sql: `INSERT INTO outreach_block (household_id, benefit, blocked_until)
SELECT $2::uuid, ri.benefit, max(ri.blocked_until)
  FROM refused_identity ri
 WHERE ri.organisation_id = $1::uuid AND ri.identity_hash = ANY($3::text[]) AND ri.blocked_until > $4::date
   AND NOT EXISTS (SELECT 1 FROM outreach_block ob WHERE ob.household_id = $2::uuid AND ob.benefit = ri.benefit
                   AND ob.blocked_until >= ri.blocked_until)
 GROUP BY ri.benefit
RETURNING benefit, blocked_until::text AS blocked_until`,
    params: [organisationId, householdId, hashes, today],
  };
}

/** The person lifted their refusal: forget it under these identities too. */
export function forgetRefusalsQuery(organisationId: string, hashes: string[]): SqlQuery {
  return {
    sql: 'DELETE FROM refused_identity WHERE organisation_id = $1::uuid AND identity_hash = ANY($2::text[])',
    params: [organisationId, hashes],
  };
}
