import { Injectable } from '@nestjs/common';
import { REMINDER_THRESHOLDS as T, type DetectedRightStatus, type HouseholdStatus, type ReferralStatus } from '@recours/domain';
import { AGENT_ROLES, nextDeclarationReminder, referralReminders, renewalReminder, rightNoNewsReminder, type DeclarationRightRow } from '@recours/reminders';
import type { EntityManager } from 'typeorm';
import { RemindersRepository } from './reminders.repository';

/** The outcome of the reminders a closed household stopped (and the mark of those its reopening re-arms). */
const HOUSEHOLD_CLOSED = 'foyer clos';

/**
 * Writes what falls due, in the caller's transaction: if the change rolls back, so do its reminders.
 * Tasks need no call: a trigger on `task` keeps their due-date reminder (migration 1796510000000).
 */
@Injectable()
export class RemindersService {
  constructor(private readonly repo: RemindersRepository) {}

  /** A referral sent: its three thresholds on the recipient's calendar, and the recipient's agents told now. */
  async referralSent(em: EntityManager, referral: { id: string; recipientOrganisationId: string }, now = new Date()): Promise<void> {
    const { settings, calendar } = await this.repo.calendar(em, referral.recipientOrganisationId);
    const rows = referralReminders(now, settings, calendar).map((r) => ({ ...r, itemId: referral.id, organisationId: referral.recipientOrganisationId }));
    await this.repo.upsert(em, rows);
    await this.repo.notify(em, {
      kind: 'referral_received',
      itemType: 'referral',
      itemId: referral.id,
      reminderId: null,
      organisationId: referral.recipientOrganisationId,
      roles: AGENT_ROLES,
    });
  }

  /** An answered referral needs no reminder; one acknowledged can still expire unanswered. */
  async referralMoved(em: EntityManager, referralId: string, to: ReferralStatus): Promise<void> {
    const { reminder, escalation, expiry } = T.referral_unanswered;
    const thresholds = to === 'envoyee' ? [] : to === 'accusee' ? [reminder, escalation] : [reminder, escalation, expiry];
    if (thresholds.length) await this.repo.skip(em, 'referral_unanswered', [referralId], thresholds, `orientation ${to}`);
  }

  /**
   * A claim filed waits for news; a granted CSS gets its renewal task, a granted RSA / prime d'activité
   * its next quarterly declaration when the household asked for help; any other move ends the wait
   * and the declarations.
   */
  async rightMoved(
    em: EntityManager,
    right: { id: string; organisationId: string; benefit: string; to: DetectedRightStatus; grantedFrom: string | null },
    today: string,
  ): Promise<void> {
    if (right.to !== 'demande_deposee') await this.repo.skip(em, 'right_no_news', [right.id], [T.right_no_news.follow_up], `droit ${right.to}`);
    if (right.to !== 'accorde') await this.repo.skipAll(em, 'right_declaration', [right.id], `droit ${right.to}`);
    if (right.to !== 'demande_deposee' && right.to !== 'accorde') return;
    if (right.to === 'accorde') await this.writeDeclarations(em, await this.repo.declarationRights(em, { rightId: right.id }), today);
    const { settings } = await this.repo.calendar(em, right.organisationId);
    const due = right.to === 'demande_deposee' ? rightNoNewsReminder(today, settings) : right.grantedFrom ? renewalReminder(right.benefit, right.grantedFrom, settings) : null;
    if (due) await this.repo.upsert(em, [{ kind: due.kind, threshold: due.threshold, dueAt: due.dueAt, itemId: right.id, organisationId: right.organisationId }]);
  }

  /**
   * The household asked for (or withdrew) help with its quarterly declarations: the next declaration
   * of each granted RSA / prime d'activité is reminded, or every pending one is cancelled.
   */
  async declarationHelpChanged(em: EntityManager, householdId: string, requested: boolean, today: string): Promise<void> {
    if (!requested) {
      await this.repo.skipAll(em, 'right_declaration', await this.repo.householdRightIds(em, householdId), 'aide aux déclarations retirée');
      return;
    }
    await this.writeDeclarations(em, await this.repo.declarationRights(em, { householdId }), today);
  }

  /**
   * A household closed: the reminders about its rights stop (news of a claim, renewals, quarterly
   * declarations) — before, a closed household's CSS renewal and declaration tasks kept coming.
   * Reopened: exactly those rows are armed again (one whose date passed meanwhile fires at the next
   * sweep, and the worker checks its right still waits).
   */
  async householdStatusChanged(em: EntityManager, householdId: string, status: HouseholdStatus): Promise<void> {
    await this.repo.setHouseholdRightsReminders(em, householdId, status === 'closed' ? 'skip' : 'rearm', HOUSEHOLD_CLOSED);
  }

  private async writeDeclarations(em: EntityManager, rights: readonly DeclarationRightRow[], today: string): Promise<void> {
    const rows = rights.flatMap((r) => {
      const due = nextDeclarationReminder(r.benefit, r.granted_from, today);
      return due ? [{ kind: due.kind, threshold: due.threshold, dueAt: due.dueAt, itemId: r.id, organisationId: r.organisation_id }] : [];
    });
    await this.repo.upsertRearm(em, rows);
  }
}
