import { Injectable } from '@nestjs/common';
import {
  REFERRAL_OVERDUE_DAYS,
  type ReferralOutcome,
  type ReferralStatus,
  type SharedFieldGroup,
} from '@recours/domain';
import { scopedWhere, type OrganisationScope } from '../../common/access/org-scope';
import type { EntityManager } from 'typeorm';
import { openWindowSql, recipientWindowSql, sharingConsentState } from './consent-sql';

export type Box = 'sent' | 'received';

export interface ReferralRow {
  id: string;
  box: Box;
  household_id: string;
  household_reference: string;
  app_first: string | null;
  app_last: string | null;
  sender_organisation_id: string;
  sender_organisation_name: string;
  sender_user_name: string | null;
  recipient_organisation_id: string;
  recipient_organisation_name: string;
  status: ReferralStatus;
  purpose: string | null;
  message: string | null;
  benefits: string[];
  shared_groups: SharedFieldGroup[];
  consent_override_reason: string | null;
  outcome: ReferralOutcome | null;
  outcome_monthly_amount_cents: number | null;
  outcome_start_month: string | null;
  outcome_reason: string | null;
  decline_reason: string | null;
  overdue: boolean;
  status_changed_at: Date;
  created_at: Date;
}

export interface ReferralEventRow {
  id: string;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  at: Date;
  actor_name: string | null;
  actor_organisation_name: string;
  comment: string | null;
  payload: Record<string, unknown>;
}

export interface ReferralListFilter {
  status?: ReferralStatus[];
  recipientOrganisationId?: string;
  senderOrganisationId?: string;
  householdId?: string;
  benefit?: string;
  overdue?: boolean;
  /** Sent on or after / on or before these Paris dates (the indicators' period). */
  sentFrom?: string;
  sentTo?: string;
  id?: string[];
}

export const OVERDUE_SQL = `(${Object.entries(REFERRAL_OVERDUE_DAYS)
  .map(([status, days]) => `(r.status = '${status}' AND r.status_changed_at < now() - interval '${days} days')`)
  .join(' OR ')})`;

const SELECT = `r.id, r.household_id, h.reference AS household_reference, app.first_name AS app_first, app.last_name AS app_last,
    r.sender_organisation_id, so.name AS sender_organisation_name, su.display_name AS sender_user_name,
    r.recipient_organisation_id, ro.name AS recipient_organisation_name, r.status, r.purpose, r.message, r.shared_groups::text[] AS shared_groups,
    r.consent_override_reason, r.outcome, r.outcome_monthly_amount_cents, r.outcome_start_month, r.outcome_reason, r.decline_reason,
    r.status_changed_at, r.created_at, ${OVERDUE_SQL} AS overdue,
    ARRAY(SELECT DISTINCT dr.benefit::text FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id
          WHERE rr.referral_id = r.id ORDER BY 1) AS benefits
  FROM referral r
  JOIN household h ON h.id = r.household_id
  JOIN organisation so ON so.id = r.sender_organisation_id
  JOIN organisation ro ON ro.id = r.recipient_organisation_id
  LEFT JOIN app_user su ON su.id = r.sender_user_id
  LEFT JOIN LATERAL (SELECT first_name, last_name FROM person p
                     WHERE p.household_id = h.id AND p.relationship = 'demandeur' ORDER BY p.created_at LIMIT 1) app ON true`;

/** SQL of referrals: the actor's two boxes, the recipient's window, the timeline and the shared data. */
@Injectable()
export class ReferralsRepository {
  /** The referral as the actor's organisation sees it (sender, or recipient while its window is open), or undefined. */
  async findVisible(em: EntityManager, organisationId: string, id: string, opts: { lock?: boolean } = {}): Promise<ReferralRow | undefined> {
    if (opts.lock) await em.query('SELECT id FROM referral WHERE id = $1 FOR UPDATE', [id]);
    const rows: ReferralRow[] = await em.query(
      `SELECT CASE WHEN r.sender_organisation_id = $2 THEN 'sent' ELSE 'received' END AS box, ${SELECT}
       WHERE r.id = $1 AND (r.sender_organisation_id = $2 OR (${recipientWindowSql('$2')}))`,
      [id, organisationId],
    );
    return rows[0];
  }

  async list(
    em: EntityManager,
    scope: OrganisationScope,
    box: Box,
    f: ReferralListFilter,
    page: { orderSql: string; order: 'ASC' | 'DESC'; limit: number; offset: number },
  ): Promise<{ total: number; rows: ReferralRow[] }> {
    const where = scopedWhere(scope, { organisation: box === 'sent' ? 'r.sender_organisation_id' : 'r.recipient_organisation_id' });
    if (box === 'received') where.raw(`(${openWindowSql()})`);
    if (f.id) where.add('r.id = ANY(?::uuid[])', f.id);
    if (f.status) where.add('r.status = ANY(?::referral_status[])', f.status);
    if (f.recipientOrganisationId) where.add('r.recipient_organisation_id = ?', f.recipientOrganisationId);
    if (f.senderOrganisationId) where.add('r.sender_organisation_id = ?', f.senderOrganisationId);
    if (f.householdId) where.add('r.household_id = ?', f.householdId);
    if (f.benefit)
      where.add(
        'EXISTS (SELECT 1 FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id WHERE rr.referral_id = r.id AND dr.benefit = ?::detectable_benefit)',
        f.benefit,
      );
    if (f.overdue === true) where.raw(OVERDUE_SQL);
    if (f.overdue === false) where.raw(`NOT ${OVERDUE_SQL}`);
    if (f.sentFrom) where.add(`r.created_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Paris'`, f.sentFrom);
    if (f.sentTo) where.add(`r.created_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`, f.sentTo);
    const whereSql = where.sql;
    const [{ total }]: { total: number }[] = await em.query(
      `SELECT count(*)::int AS total FROM referral r JOIN organisation ro ON ro.id = r.recipient_organisation_id WHERE ${whereSql}`,
      where.params,
    );
    const rows: ReferralRow[] = await em.query(
      `SELECT '${box}' AS box, ${SELECT} WHERE ${whereSql}
       ORDER BY ${page.orderSql} ${page.order} NULLS LAST, r.id ${page.order} LIMIT ${page.limit} OFFSET ${page.offset}`,
      where.params,
    );
    return { total, rows };
  }

  async events(em: EntityManager, referralId: string): Promise<ReferralEventRow[]> {
    return em.query(
      `SELECT e.id, e.from_status, e.to_status, e.at, u.display_name AS actor_name, o.name AS actor_organisation_name, e.comment, e.payload
       FROM referral_event e JOIN organisation o ON o.id = e.actor_organisation_id LEFT JOIN app_user u ON u.id = e.actor_id
       WHERE e.referral_id = $1 ORDER BY e.at, e.id`,
      [referralId],
    );
  }

  async linkedRightIds(em: EntityManager, referralId: string): Promise<{ id: string; status: string }[]> {
    return em.query(
      `SELECT dr.id, dr.status FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id
       WHERE rr.referral_id = $1 ORDER BY dr.benefit, dr.id`,
      [referralId],
    );
  }

  async consentState(em: EntityManager, householdId: string, recipientId: string): Promise<'valide' | 'retire' | 'absent'> {
    const [row]: { state: 'valide' | 'retire' | 'absent' | null }[] = await em.query(`SELECT ${sharingConsentState('$1::uuid', '$2::uuid')} AS state`, [
      householdId,
      recipientId,
    ]);
    return row.state ?? 'absent';
  }

  async findByIdempotencyKey(em: EntityManager, senderOrganisationId: string, key: string): Promise<{ id: string; household_id: string; recipient_organisation_id: string } | undefined> {
    const rows: { id: string; household_id: string; recipient_organisation_id: string }[] = await em.query(
      'SELECT id, household_id, recipient_organisation_id FROM referral WHERE sender_organisation_id = $1 AND idempotency_key = $2',
      [senderOrganisationId, key],
    );
    return rows[0];
  }

  async recipient(em: EntityManager, territoryId: string, id: string): Promise<{ id: string; kind: string; shared_groups: SharedFieldGroup[] | null } | undefined> {
    const rows: { id: string; kind: string; shared_groups: SharedFieldGroup[] | null }[] = await em.query(
      `SELECT o.id, o.kind, t.shared_groups::text[] AS shared_groups FROM organisation o
       LEFT JOIN referral_type t ON t.territory_id = o.territory_id AND t.recipient_kind = o.kind
       WHERE o.id = $1 AND o.territory_id = $2`,
      [id, territoryId],
    );
    return rows[0];
  }

  async rightsOfHousehold(em: EntityManager, householdId: string, ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query('SELECT id FROM detected_right WHERE household_id = $1 AND id = ANY($2::uuid[])', [householdId, ids]);
    return rows.map((r) => r.id);
  }

  async activeOutreachBlock(em: EntityManager, householdId: string, today: string): Promise<string | undefined> {
    const [row]: { until: string | null }[] = await em.query(
      'SELECT max(blocked_until)::text AS until FROM outreach_block WHERE household_id = $1 AND blocked_until > $2::date',
      [householdId, today],
    );
    return row.until ?? undefined;
  }

  /** Inserts the referral unless this sender already used the idempotency key; undefined then. */
  async insert(
    em: EntityManager,
    r: {
      householdId: string;
      territoryId: string;
      senderOrganisationId: string;
      senderUserId: string;
      recipientOrganisationId: string;
      purpose: string | null;
      message: string | null;
      sharedGroups: SharedFieldGroup[];
      consentOverrideReason: string | null;
      idempotencyKey: string | null;
    },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO referral (household_id, territory_id, sender_organisation_id, sender_user_id, recipient_organisation_id, purpose, message,
         shared_groups, consent_override_reason, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::shared_field_group[], $9, $10)
       ON CONFLICT (sender_organisation_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [r.householdId, r.territoryId, r.senderOrganisationId, r.senderUserId, r.recipientOrganisationId, r.purpose, r.message, r.sharedGroups,
        r.consentOverrideReason, r.idempotencyKey],
    );
    return rows[0]?.id;
  }

  async linkRights(em: EntityManager, referralId: string, rightIds: string[]): Promise<void> {
    if (rightIds.length === 0) return;
    await em.query('INSERT INTO referral_right (referral_id, detected_right_id) SELECT $1, unnest($2::uuid[])', [referralId, rightIds]);
  }

  async addEvent(
    em: EntityManager,
    e: { referralId: string; from: ReferralStatus | null; to: ReferralStatus; actorId: string; actorOrganisationId: string; comment: string | null; payload?: Record<string, unknown> },
  ): Promise<void> {
    await em.query(
      `INSERT INTO referral_event (referral_id, from_status, to_status, actor_id, actor_organisation_id, comment, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [e.referralId, e.from, e.to, e.actorId, e.actorOrganisationId, e.comment, JSON.stringify(e.payload ?? {})],
    );
  }

  /**
   * Conditional move: matches only when the current state is one the action starts from. Returns the
   * previous state, or undefined when the transition is not allowed (the caller answers 409).
   */
  async transition(
    em: EntityManager,
    id: string,
    from: readonly ReferralStatus[],
    to: ReferralStatus,
    set: { declineReason?: string; outcome?: ReferralOutcome; outcomeMonthlyAmountCents?: number; outcomeStartMonth?: string; outcomeReason?: string },
    final: boolean,
  ): Promise<ReferralStatus | undefined> {
    const [rows]: [{ from_status: ReferralStatus }[], number] = await em.query(
      `WITH old AS (SELECT id, status FROM referral WHERE id = $1 FOR UPDATE)
       UPDATE referral r SET status = $2::referral_status, status_changed_at = now(), updated_at = now(),
         closed_at = CASE WHEN $3::boolean THEN now() ELSE r.closed_at END,
         decline_reason = COALESCE($4, r.decline_reason),
         outcome = COALESCE($5::referral_outcome, r.outcome),
         outcome_monthly_amount_cents = COALESCE($6::int, r.outcome_monthly_amount_cents),
         outcome_start_month = COALESCE($7, r.outcome_start_month),
         outcome_reason = COALESCE($8, r.outcome_reason)
       FROM old WHERE r.id = old.id AND old.status = ANY($9::referral_status[])
       RETURNING old.status AS from_status`,
      [id, to, final, set.declineReason ?? null, set.outcome ?? null, set.outcomeMonthlyAmountCents ?? null, set.outcomeStartMonth ?? null,
        set.outcomeReason ?? null, [...from]],
    );
    return rows[0]?.from_status;
  }

  async currentStatus(em: EntityManager, id: string): Promise<ReferralStatus> {
    const [row]: { status: ReferralStatus }[] = await em.query('SELECT status FROM referral WHERE id = $1', [id]);
    return row.status;
  }

  // ---- Shared data: one query per group, only the groups the referral shares are ever read. ----

  async identity(em: EntityManager, householdId: string) {
    const rows: { first_name: string; last_name: string; birth_date: string | null; phone: string | null; email: string | null; address: string | null; postcode: string | null; commune_name: string | null }[] =
      await em.query(
        `SELECT p.first_name, p.last_name, p.birth_date, p.phone, p.email, h.address, h.postcode, h.commune_name
         FROM household h LEFT JOIN LATERAL (SELECT * FROM person p WHERE p.household_id = h.id AND p.relationship = 'demandeur'
                                              ORDER BY p.created_at LIMIT 1) p ON true
         WHERE h.id = $1`,
        [householdId],
      );
    return rows[0];
  }

  async composition(em: EntityManager, householdId: string) {
    const rows: { first_name: string; last_name: string; birth_date: string | null; relationship: string }[] = await em.query(
      `SELECT first_name, last_name, birth_date, relationship FROM person WHERE household_id = $1
       ORDER BY CASE relationship WHEN 'demandeur' THEN 0 WHEN 'conjoint' THEN 1 WHEN 'enfant' THEN 2 ELSE 3 END, birth_date NULLS LAST, id`,
      [householdId],
    );
    return rows;
  }

  async incomes(em: EntityManager, householdId: string) {
    const rows: { first_name: string; last_name: string; kind: string; monthly_amount_cents: number; from_month: string; to_month: string | null }[] = await em.query(
      `SELECT p.first_name, p.last_name, i.kind, i.monthly_amount_cents, i.start_month AS from_month, i.end_month AS to_month
       FROM income i JOIN person p ON p.id = i.person_id WHERE p.household_id = $1 ORDER BY p.last_name, p.first_name, i.start_month, i.id`,
      [householdId],
    );
    return rows;
  }

  async housing(em: EntityManager, householdId: string) {
    const rows: { housing_status: string | null; housing_type: string | null; monthly_rent_cents: number | null; address: string | null; postcode: string | null; commune_name: string | null }[] =
      await em.query('SELECT housing_status, housing_type, monthly_rent_cents, address, postcode, commune_name FROM household WHERE id = $1', [householdId]);
    return rows[0];
  }

  async rights(em: EntityManager, referralId: string) {
    const rows: {
      id: string; benefit: string; status: string; estimated_amount_cents: number; amount_period: string; evaluated_period: string | null;
      explanation: unknown; granted_monthly_amount_cents: number | null; granted_from: string | null;
    }[] = await em.query(
      `SELECT dr.id, dr.benefit, dr.status, dr.estimated_amount_cents, dr.amount_period, dr.evaluated_period, dr.explanation,
              dr.granted_monthly_amount_cents, dr.granted_from
       FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id WHERE rr.referral_id = $1 ORDER BY dr.benefit, dr.id`,
      [referralId],
    );
    return rows;
  }
}
