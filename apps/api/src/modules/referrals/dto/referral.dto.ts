import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  DETECTABLE_BENEFITS,
  MAX_REFERRAL_TEXT,
  ORGANISATION_KINDS,
  REFERRAL_ACTIONS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  SHARED_FIELD_GROUPS,
} from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, bool, date, enumText, guid, list, oneOf, text, timestamp, uuid } from '../../../common/http/zod-fields';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

export class ReferralCreateDto extends createZodDto(
  body({
    householdId: uuid().meta({ example: '6f1c…' }),
    recipientOrganisationId: uuid().describe('Organisation destinataire (annuaire : GET /api/partners)'),
    detectedRightIds: list(uuid(), 10, 'doit être une liste d’identifiants (UUID)')
      .refine(unique, 'ne doit pas contenir de doublon')
      .optional()
      .describe('Droits détectés du foyer qui motivent l’orientation'),
    purpose: text({ max: 300 }).optional().describe('Objet, obligatoire sans droit lié').meta({ example: 'Accompagnement à la demande de prime d’activité' }),
    message: text({ max: 2000 }).optional().meta({ example: 'Madame est disponible le matin.' }),
    consentOverrideReason: text({ max: 2000 }).optional().describe('Responsable seulement : envoi sans consentement au partage, motif écrit (audité)'),
  }),
) {}

/** Body of every action route; each action checks the fields it needs (libs/domain validateReferralAction). */
export class ReferralActionDto extends createZodDto(
  body({
    reason: z.unknown().optional().describe('decline, close/droit_refuse : motif').meta({ type: 'string', nullable: true, maxLength: MAX_REFERRAL_TEXT, example: 'Hors de notre compétence' }),
    comment: z.unknown().optional().describe('progress : obligatoire ; ailleurs facultatif').meta({ type: 'string', nullable: true, maxLength: MAX_REFERRAL_TEXT, example: 'Dossier déposé, pièces complètes' }),
    outcome: z.unknown().optional().describe('close : issue').meta({ enum: [...REFERRAL_OUTCOMES] }),
    monthlyAmountCents: z.unknown().optional().describe('close/droit_ouvert : montant mensuel en centimes').meta({ type: 'integer', example: 18750 }),
    startMonth: z.unknown().optional().describe('close/droit_ouvert : mois d’ouverture AAAA-MM').meta({ type: 'string', example: '2026-05' }),
  }),
) {}

const referralEvent = z.object({
  id: guid(),
  from: enumText(REFERRAL_STATUSES).nullable(),
  to: enumText(REFERRAL_STATUSES),
  at: timestamp(),
  actorName: z.string().nullable(),
  actorOrganisationName: z.string(),
  comment: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});

const referral = z.object({
  id: guid(),
  box: z.enum(['sent', 'received']).describe('Vu depuis l’organisation de l’utilisateur'),
  householdId: guid(),
  householdReference: z.string().meta({ example: 'HH-2026-00042' }),
  applicantName: z.string().nullable().describe('Nul côté destinataire si l’identité n’est pas partagée'),
  senderOrganisationId: guid(),
  senderOrganisationName: z.string(),
  senderUserName: z.string().nullable(),
  recipientOrganisationId: guid(),
  recipientOrganisationName: z.string(),
  status: enumText(REFERRAL_STATUSES),
  purpose: z.string().nullable(),
  benefits: z.array(enumText(DETECTABLE_BENEFITS)),
  sharedGroups: z.array(enumText(SHARED_FIELD_GROUPS)),
  consentOverridden: z.boolean(),
  outcome: enumText(REFERRAL_OUTCOMES).nullable(),
  outcomeMonthlyAmountCents: z.number().int().nullable().meta({ example: 18750 }),
  outcomeStartMonth: z.string().nullable().meta({ example: '2026-05' }),
  outcomeReason: z.string().nullable(),
  declineReason: z.string().nullable(),
  overdue: z.boolean().describe('Sans changement depuis plus longtemps que le délai de son état'),
  statusChangedAt: timestamp(),
  createdAt: timestamp(),
});

export class ReferralEventDto extends createZodDto(referralEvent) {}
export class ReferralDto extends createZodDto(referral) {}

export interface SharedPerson {
  firstName: string;
  lastName: string;
  birthDate: string | null;
  relationship: string;
}

export interface SharedData {
  identity?: { firstName: string; lastName: string; birthDate: string | null; phone: string | null; email: string | null; address: string | null; postcode: string | null; communeName: string | null } | null;
  composition?: SharedPerson[];
  incomes?: { personName: string; kind: string; monthlyAmountCents: number; fromMonth: string; toMonth: string | null }[];
  housing?: { housingStatus: string | null; housingType: string | null; monthlyRentCents: number | null; address: string | null; postcode: string | null; communeName: string | null };
  rights?: { id: string; benefit: string; status: string; estimatedAmountCents: number; amountPeriod: string; evaluatedPeriod: string | null; explanation: unknown; grantedMonthlyAmountCents: number | null; grantedFrom: string | null }[];
}

export class ReferralDetailDto extends createZodDto(
  referral.extend({
    message: z.string().nullable(),
    consentOverrideReason: z.string().nullable().describe('Côté expéditeur seulement'),
    events: z.array(referralEvent),
    allowedActions: z.array(enumText(REFERRAL_ACTIONS)).describe('Actions possibles pour l’organisation de l’utilisateur'),
    // Typed by SharedData on the server; documented as an open object (its groups depend on the referral type).
    shared: z
      .record(z.string(), z.unknown())
      .transform((v) => v as SharedData)
      .describe('Les seules données du foyer que le type d’orientation partage'),
  }),
) {}

export class ConsentCreateDto extends createZodDto(
  body({
    personId: uuid(),
    purpose: oneOf(CONSENT_PURPOSES).meta({ example: 'partage_partenaire' }),
    recipientOrganisationId: uuid().optional().describe('Obligatoire pour partage_partenaire : l’organisation destinataire'),
    given: bool().describe('true : consentement donné ; false : retrait (nouvelle ligne, l’historique est conservé)').meta({ example: true }),
    decidedOn: date().describe('Jour où la personne a donné ou retiré son consentement'),
    method: oneOf(CONSENT_METHODS).meta({ example: 'oral' }),
    expiresOn: date().optional().describe('Date de fin de validité'),
  }),
) {}

export class ConsentDto extends createZodDto(
  z.object({
    id: guid(),
    personId: guid(),
    personName: z.string(),
    householdId: guid(),
    purpose: enumText(CONSENT_PURPOSES),
    recipientOrganisationId: guid().nullable(),
    recipientOrganisationName: z.string().nullable(),
    given: z.boolean(),
    decidedOn: z.string().meta({ format: 'date' }),
    method: enumText(CONSENT_METHODS),
    expiresOn: z.string().nullable().meta({ format: 'date' }),
    recordedByName: z.string().nullable(),
    recordedAt: timestamp(),
  }),
) {}

export class PartnerDto extends createZodDto(
  z.object({
    id: guid(),
    name: z.string().meta({ example: 'CAF de la Creuse' }),
    kind: enumText(ORGANISATION_KINDS),
    handledBenefits: z.array(enumText(DETECTABLE_BENEFITS)).meta({ example: ['prime_activite', 'rsa', 'aide_logement'] }),
    handlesDescription: z.string().nullable(),
    sharedGroups: z.array(enumText(SHARED_FIELD_GROUPS)).describe('Ce qu’une orientation vers elle partage (type d’orientation)'),
    referralGraceDays: z.number().int().describe('Jours de lecture après la clôture'),
  }),
) {}

export class ReferralTypeDto extends createZodDto(
  z.object({
    id: guid(),
    recipientKind: enumText(ORGANISATION_KINDS),
    label: z.string().meta({ example: 'Orientation vers la CAF' }),
    sharedGroups: z.array(enumText(SHARED_FIELD_GROUPS)),
    updatedAt: timestamp(),
  }),
) {}

export class ReferralTypeUpdateDto extends createZodDto(
  body(
    {
      label: text({ max: 200 }).optional(),
      sharedGroups: list(oneOf(SHARED_FIELD_GROUPS), SHARED_FIELD_GROUPS.length)
        .refine(unique, 'ne doit pas contenir de doublon')
        .optional()
        .meta({ example: ['identite', 'composition', 'revenus', 'droit_detecte'] }),
    },
    // Round trip of react-admin's edit form.
    ['id', 'recipientKind', 'updatedAt'],
  ),
) {}
