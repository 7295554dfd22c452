// SQL for the consent in force between a household and a recipient organisation, shared by the
// referral access check (every read) and the sending rule.

/**
 * `'valide'`, `'retire'` or `'absent'` for a sharing consent of this household towards this recipient:
 * the latest row per person counts; one person's withdrawal ends the sharing for the household.
 */
export function sharingConsentState(householdSql: string, recipientSql: string): string {
  return `(SELECT CASE WHEN bool_or(NOT c.given) THEN 'retire'
                       WHEN bool_or(c.given AND (c.expires_on IS NULL OR c.expires_on >= current_date)) THEN 'valide'
                       ELSE 'absent' END
           FROM (SELECT DISTINCT ON (person_id) given, expires_on FROM consent
                 WHERE household_id = ${householdSql} AND purpose = 'partage_partenaire' AND recipient_organisation_id = ${recipientSql}
                 ORDER BY person_id, recorded_at DESC, id DESC) c)`;
}

/**
 * The recipient reads a referral while its window is open: not closed for longer than its grace
 * period, and consent still in force (given, or overridden by a manager and not withdrawn since).
 * `r` is the referral, `ro` the recipient organisation.
 */
export function recipientWindowSql(orgParam: string): string {
  return `r.recipient_organisation_id = ${orgParam} AND ${openWindowSql()}`;
}

/** The window part of `recipientWindowSql`, for lists whose scope already names the recipient. */
export function openWindowSql(): string {
  const state = sharingConsentState('r.household_id', 'r.recipient_organisation_id');
  return `(r.closed_at IS NULL OR r.closed_at > now() - make_interval(days => ro.referral_grace_days))
    AND (CASE ${state} WHEN 'valide' THEN true WHEN 'retire' THEN false ELSE r.consent_override_reason IS NOT NULL END)`;
}
