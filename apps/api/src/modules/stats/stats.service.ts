import { Injectable } from '@nestjs/common';
import { parisToday } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { caseworkScope, territoryScope, type OrgScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { ActivityRepository, type ContactCounts, type OutreachRow } from './activity.repository';
import { conversions, type FunnelCounts } from './funnel-steps';
import { takeUpByGroup } from '../campaigns/campaigns.repository';
import { compareTakeUp } from './control-group';
import { IndicatorsRepository, type FunnelRow, type OpenedRow } from './indicators.repository';
import { ReferralStatsRepository, type ReferralStatsRow, type ReferralSide } from './referral-stats.repository';
import { RollupsRepository, wholeMonths, type Months } from './rollups.repository';
import { periodOf, type Period, type StatsFilter } from './stats-filter';

/** A manager sees their organisation; a territory coordinator (the admin) the whole territory. */
export function statsScope(actor: Actor): OrgScope {
  return actor.role === 'admin' ? territoryScope(actor) : caseworkScope(actor);
}

/** Every month of the period, `YYYY-MM`, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split('-').map(Number);
  const end = period.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** A monthly series with a row for every month of the period (empty months filled by `empty`). */
export function fillMonths<T extends { month: string | null }>(period: Period, rows: T[], empty: (month: string) => T): T[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsOf(period).map((m) => byMonth.get(m) ?? empty(m));
}

const NO_LABELS = { benefit: null, organisationId: null, organisationName: null, communeInsee: null, communeName: null, month: null };
const ZERO_FUNNEL: FunnelCounts = { detected: 0, confirmed: 0, reached: 0, informed: 0, claimFiled: 0, granted: 0, refused: 0, declined: 0 };
const ZERO_REFERRALS = {
  referrals: 0, households: 0, resent: 0, acknowledged: 0, ackMedianDays: null, ackP80Days: null, answered: 0, answerMedianDays: null, answerP80Days: null,
  lateAcknowledgements: 0, expired: 0, slaBreaches: 0, pending: 0, accepted: 0, declined: 0, cancelled: 0, rightOpened: 0, rightRefused: 0, noFollowUp: 0, openedAnnualCents: 0,
};
const reachRate = (c: ContactCounts) => ({ ...c, reachRate: c.contacts > 0 ? Math.round((c.reached / c.contacts) * 1000) / 1000 : null });

@Injectable()
export class StatsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly indicators: IndicatorsRepository,
    private readonly activity: ActivityRepository,
    private readonly referralStats: ReferralStatsRepository,
    private readonly rollups: RollupsRepository,
  ) {}

  /**
   * Runs one indicator in a read transaction and audits the read (the indicator and the filters used).
   * `months`: the period as whole months when the rollups (refreshed by the worker) can answer it;
   * then `computedAt` is their refresh time, else the numbers are computed on the tables now.
   */
  private async read<T>(
    actor: Actor,
    family: string,
    f: StatsFilter,
    compute: (em: EntityManager, scope: OrgScope, period: Period, months: Months | null) => Promise<T>,
    rollupsApply = true,
  ) {
    const scope = statsScope(actor);
    const period = periodOf(f);
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const refreshedAt = rollupsApply ? await this.rollups.freshness(em) : null;
      const months = refreshedAt ? wholeMonths(period, parisToday()) : null;
      const computedAt = months && refreshedAt ? refreshedAt : new Date();
      const result = await compute(em, scope, period, months);
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'statistics', fields: [family, ...Object.keys(f)] }]);
      return { period, computedAt, source: months ? ('rollups' as const) : ('tables' as const), ...result };
    });
  }

  funnel(actor: Actor, f: StatsFilter) {
    return this.read(actor, 'funnel', f, async (em, scope, period, months) => {
      const rows = months ? await this.rollups.funnel(em, scope, f, months) : await this.indicators.funnel(em, scope, f, period);
      const shape = (r: FunnelRow) => ({ ...r, conversion: conversions(r) });
      const of = (d: FunnelRow['dimension']) => rows.filter((r) => r.dimension === d).map(shape);
      const total = rows.find((r) => r.dimension === 'total') ?? { ...ZERO_FUNNEL, ...NO_LABELS, dimension: 'total' as const };
      return {
        total: { ...pickFunnel(total), conversion: conversions(total) },
        byBenefit: of('benefit'),
        byOrganisation: of('organisation'),
        byCommune: of('commune'),
        byMonth: fillMonths(period, of('month'), (month) => shape({ ...ZERO_FUNNEL, ...NO_LABELS, dimension: 'month', month })),
      };
    });
  }

  rightsOpened(actor: Actor, f: StatsFilter) {
    return this.read(actor, 'rightsOpened', f, async (em, scope, period, months) => {
      const rows = months ? await this.rollups.rightsOpened(em, scope, f, months) : await this.indicators.rightsOpened(em, scope, f, period);
      const of = (d: OpenedRow['dimension']) => rows.filter((r) => r.dimension === d);
      const total = rows.find((r) => r.dimension === 'total');
      return {
        total: { rights: total?.rights ?? 0, households: total?.households ?? 0, annualCents: total?.annualCents ?? 0 },
        byBenefit: of('benefit'),
        byOrganisation: of('organisation'),
        byCommune: of('commune'),
        byMonth: fillMonths(period, of('month'), (month) => ({ ...NO_LABELS, dimension: 'month' as const, month, rights: 0, households: 0, annualCents: 0 })),
      };
    });
  }

  timeToRight(actor: Actor, f: StatsFilter) {
    return this.read(actor, 'timeToRight', f, async (em, scope, period, months) => {
      const rows = months ? await this.rollups.timeToRight(em, scope, f, months) : await this.indicators.timeToRight(em, scope, f, period);
      const empty = { benefit: null, claims: 0, claimMedianDays: null, claimP80Days: null, grants: 0, grantMedianDays: null, grantP80Days: null };
      return { total: rows.find((r) => r.benefit === null) ?? empty, byBenefit: rows.filter((r) => r.benefit !== null) };
    });
  }

  outreach(actor: Actor, f: StatsFilter) {
    // The channel and worker series are not kept per commune: a commune filter reads the tables.
    return this.read(actor, 'outreach', f, async (em, scope, period, months) => {
      const rows = months ? await this.rollups.outreach(em, scope, f, months, actor.role === 'manager') : await this.activity.outreach(em, scope, f, period);
      const of = (d: OutreachRow['dimension']) => rows.filter((r) => r.dimension === d);
      const counts = (r: OutreachRow) => reachRate({ contacts: r.contacts, reached: r.reached, households: r.households, householdsReached: r.householdsReached });
      const total = rows.find((r) => r.dimension === 'total');
      const zero = { contacts: 0, reached: 0, households: 0, householdsReached: 0 };
      return {
        total: reachRate(total ? counts(total) : zero),
        byChannelOutcome: of('channel_outcome').map((r) => ({ channel: r.channel!, outcome: r.outcome!, ...counts(r) })),
        // Per worker for their manager only: a territory coordinator compares organisations, not people.
        byWorker: actor.role === 'manager' ? of('worker').map((r) => ({ authorId: r.authorId, authorName: r.authorName, ...counts(r) })) : [],
        byMonth: fillMonths(
          period,
          of('month').map((r) => ({ month: r.month!, ...counts(r) })),
          (month) => ({ month, ...reachRate(zero) }),
        ),
      };
    }, !f.communeInsee);
  }

  /** Referrals sent by the scope (per recipient partner) and received by it (per sending partner). */
  referrals(actor: Actor, f: StatsFilter) {
    return this.read(actor, 'referrals', f, async (em, scope, period, months) => {
      const rows = await this.referralStats.referrals(em, scope, f, period, months);
      const side = (s: ReferralSide) => {
        const counts = ({ dimension: _, partnerId: __, partnerName: ___, month: ____, ...c }: ReferralStatsRow) => c;
        return {
          total: counts(rows[s].find((r) => r.dimension === 'total') ?? { ...ZERO_REFERRALS, dimension: 'total', partnerId: null, partnerName: null, month: null }),
          byPartner: rows[s].filter((r) => r.dimension === 'partner').map((r) => ({ partnerId: r.partnerId, partnerName: r.partnerName, ...counts(r) })),
          byMonth: fillMonths(
            period,
            rows[s].filter((r) => r.dimension === 'month').map((r) => ({ month: r.month, ...counts(r) })),
            (month) => ({ month, ...ZERO_REFERRALS }),
          ),
        };
      };
      return { sent: side('sent'), received: side('received') };
    });
  }

  campaigns(actor: Actor, f: StatsFilter) {
    return this.read(actor, 'campaigns', f, async (em, scope, period, months) => {
      if (months) {
        const rows = await this.rollups.campaigns(em, scope, f, period);
        return {
          campaigns: rows.map(({ contactedTookUp, controlHouseholds, controlTookUp, ...c }) => ({
            ...c,
            control: controlHouseholds > 0 ? compareTakeUp(contactedTookUp, c.targeted, controlTookUp, controlHouseholds) : null,
          })),
        };
      }
      const campaigns = await this.activity.campaigns(em, scope, f, period);
      const takeUp = await takeUpByGroup(em, campaigns.map((c) => c.id));
      const controlOf = (id: string) => {
        const t = takeUp.find((x) => x.campaignId === id);
        if (!t || t.control.households === 0) return null;
        const { campaignId: _, ...comparison } = t;
        return comparison;
      };
      return { campaigns: campaigns.map((c) => ({ ...c, control: controlOf(c.id) })) };
    });
  }
}

function pickFunnel(r: FunnelCounts): FunnelCounts {
  return { detected: r.detected, confirmed: r.confirmed, reached: r.reached, informed: r.informed, claimFiled: r.claimFiled, granted: r.granted, refused: r.refused, declined: r.declined };
}
