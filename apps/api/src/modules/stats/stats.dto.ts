// Response documents of GET /api/stats/…: each field says the rule it counts (docs/indicateurs.md).
import { CAMPAIGN_STATUSES, CONTACT_CHANNELS, CONTACT_OUTCOMES, DETECTABLE_BENEFITS } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { enumText, guid, timestamp } from '../../common/http/zod-fields';
import { takeUpComparison } from '../campaigns/campaign.dto';

const meta = {
  period: z.object({ from: z.string().meta({ example: '2025-04-01' }), to: z.string().meta({ example: '2026-03-31' }) }).describe('Période retenue (dates de Paris, bornes incluses)'),
  computedAt: timestamp().describe(
    'Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)',
  ),
  source: z
    .enum(['rollups', 'tables'])
    .describe('rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)'),
};
const labels = {
  benefit: enumText(DETECTABLE_BENEFITS).nullable(),
  organisationId: guid().nullable(),
  organisationName: z.string().nullable(),
  communeInsee: z.string().nullable(),
  communeName: z.string().nullable(),
  month: z.string().nullable().describe('AAAA-MM'),
};
const rate = z.number().nullable();

const funnelCounts = z.object({
  detected: z.number().int().describe('Foyers avec un droit détecté dont la première détection tombe dans la période'),
  confirmed: z.number().int().describe('… dont le droit a été confirmé (ou est allé plus loin)'),
  reached: z.number().int().describe('… joints (contact « joint » ou « rdv pris ») après la détection'),
  informed: z.number().int().describe('… informés'),
  claimFiled: z.number().int().describe('… demande déposée'),
  granted: z.number().int().describe('… droit accordé'),
  refused: z.number().int().describe('… demande refusée (et jamais accordée)'),
  declined: z.number().int().describe('… la personne a refusé (ni accordé ni refusé)'),
  conversion: z.object({ confirmed: rate, reached: rate, informed: rate, claimFiled: rate, granted: rate, refused: rate, declined: rate }).describe('Taux de passage depuis l’étape précédente (0…1)'),
});
const funnelRow = funnelCounts.extend(labels);

export class FunnelStatsDto extends createZodDto(
  z.object({ ...meta, total: funnelCounts, byBenefit: z.array(funnelRow), byOrganisation: z.array(funnelRow), byCommune: z.array(funnelRow), byMonth: z.array(funnelRow) }),
) {}

const opened = z.object({
  rights: z.number().int().describe('Droits accordés dans la période, une fois par foyer et prestation'),
  households: z.number().int().describe('Foyers concernés'),
  annualCents: z.number().int().describe('Euros par an désormais versés : montant mensuel accordé × 12, en centimes'),
});
const openedRow = opened.extend(labels);
export class RightsOpenedStatsDto extends createZodDto(
  z.object({ ...meta, total: opened, byBenefit: z.array(openedRow), byOrganisation: z.array(openedRow), byCommune: z.array(openedRow), byMonth: z.array(openedRow) }),
) {}

const delay = z.object({
  benefit: enumText(DETECTABLE_BENEFITS).nullable(),
  claims: z.number().int().describe('Demandes déposées dans la période'),
  claimMedianDays: z.number().nullable().describe('Jours de la détection au dépôt : médiane'),
  claimP80Days: z.number().nullable().describe('… 80e centile'),
  grants: z.number().int().describe('Droits accordés dans la période'),
  grantMedianDays: z.number().nullable().describe('Jours de la détection à l’accord : médiane'),
  grantP80Days: z.number().nullable().describe('… 80e centile'),
});
export class TimeToRightStatsDto extends createZodDto(z.object({ ...meta, total: delay, byBenefit: z.array(delay) })) {}

const contactCounts = z.object({
  contacts: z.number().int().describe('Contacts de la période'),
  reached: z.number().int().describe('… dont la personne a été jointe (joint, rdv pris)'),
  reachRate: rate.describe('reached / contacts'),
  households: z.number().int().describe('Foyers contactés au moins une fois'),
  householdsReached: z.number().int().describe('Foyers joints au moins une fois'),
});
export class OutreachStatsDto extends createZodDto(
  z.object({
    ...meta,
    total: contactCounts,
    byChannelOutcome: z.array(contactCounts.extend({ channel: enumText(CONTACT_CHANNELS), outcome: enumText(CONTACT_OUTCOMES) })),
    byWorker: z.array(contactCounts.extend({ authorId: guid().nullable(), authorName: z.string().nullable() })).describe('Par intervenant·e (responsables seulement)'),
    byMonth: z.array(contactCounts.extend({ month: z.string() })),
  }),
) {}

export class CampaignStatsDto extends createZodDto(
  z.object({
    ...meta,
    campaigns: z.array(
      z.object({
        id: guid(),
        name: z.string(),
        status: enumText(CAMPAIGN_STATUSES),
        launchedAt: timestamp().nullable(),
        targeted: z.number().int(),
        reached: z.number().int(),
        informed: z.number().int(),
        claimFiled: z.number().int(),
        granted: z.number().int(),
        grantedAnnualCents: z.number().int(),
        control: takeUpComparison,
      }),
    ),
  }),
) {}

const referralCounts = z.object({
  referrals: z.number().int().describe('Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi)'),
  households: z.number().int().describe('Foyers orientés (une fois chacun)'),
  resent: z.number().int().describe('Renvois : une orientation précédente du foyer vers le même partenaire avait expiré'),
  acknowledged: z.number().int().describe('Orientations dont la réception a été accusée'),
  ackMedianDays: z.number().nullable().describe('Jours de l’envoi à l’accusé de réception : médiane (au dixième)'),
  ackP80Days: z.number().nullable().describe('… 80e centile'),
  answered: z.number().int().describe('Orientations acceptées ou déclinées'),
  answerMedianDays: z.number().nullable().describe('Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane'),
  answerP80Days: z.number().nullable().describe('… 80e centile'),
  lateAcknowledgements: z.number().int().describe('Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée'),
  expired: z.number().int().describe('Expirées sans réponse'),
  slaBreaches: z.number().int().describe('Orientations hors délai : accusé tardif ou expirée'),
  pending: z.number().int().describe('En attente (envoyée, accusée)'),
  accepted: z.number().int().describe('Acceptées, en cours de traitement'),
  declined: z.number().int().describe('Déclinées'),
  cancelled: z.number().int().describe('Annulées par l’émetteur'),
  rightOpened: z.number().int().describe('Clôturées : droit ouvert'),
  rightRefused: z.number().int().describe('Clôturées : droit refusé'),
  noFollowUp: z.number().int().describe('Clôturées : sans suite'),
  openedAnnualCents: z.number().int().describe('Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes'),
});
const referralSide = (partner: string) =>
  z.object({
    total: referralCounts,
    byPartner: z.array(referralCounts.extend({ partnerId: guid().nullable(), partnerName: z.string().nullable() })).describe(partner),
    byMonth: z.array(referralCounts.extend({ month: z.string().nullable().describe('AAAA-MM') })),
  });
export class ReferralStatsDto extends createZodDto(
  z.object({
    ...meta,
    sent: referralSide('Par organisation destinataire').describe('Orientations envoyées par le périmètre'),
    received: referralSide('Par organisation émettrice').describe('Orientations reçues par le périmètre'),
  }),
) {}
