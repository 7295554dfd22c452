import {
  CONFIDENCES,
  DETECTED_RIGHT_STATUSES,
  DETECTABLE_BENEFITS,
  DISMISS_REASONS,
  MAX_TRANSITION_NOTE_LENGTH,
  REFUSAL_REASONS,
  RIGHT_SOURCES,
  type DetectedRightStatus,
  type ValidTransition,
} from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, cents, date, enumText, guid, int, list, month, object, oneOf, orRequired, text, timestamp, uuid } from '../../../common/http/zod-fields';

export const explanationStep = object({
  text: text({ max: 1000 }).describe('Phrase en français'),
  amountCents: int({ min: -100_000_000, max: 100_000_000 }).optional(),
  reference: text({ max: 200 }).optional().describe('Base légale'),
});
export class ExplanationStepDto extends createZodDto(explanationStep) {}

const MANUAL_SOURCES = ['saisie', 'partenaire'] as const satisfies readonly (typeof RIGHT_SOURCES)[number][];

/** Manual right: entered by a worker (`saisie`) or reported by a partner (`partenaire`). */
export class DetectedRightCreateDto extends createZodDto(
  body({
    householdId: uuid(),
    benefit: oneOf(DETECTABLE_BENEFITS),
    estimatedAmountCents: cents().describe('Montant estimé en centimes (mensuel ; annuel pour le chèque énergie)'),
    source: oneOf(MANUAL_SOURCES).optional().describe('saisie par défaut'),
    confidence: oneOf(CONFIDENCES).optional().describe('moyenne par défaut'),
    receivedAmountCents: cents().nullish().describe('Montant déjà perçu pour cette prestation'),
    evaluatedPeriod: month().optional(),
    explanation: list(explanationStep, 50).optional(),
    missingInputs: list(text({ max: 100 }), 30, 'doit être une liste de textes').optional(),
    note: text({ max: 2000 }).optional(),
  }),
) {}

// The payload each target state requires: `ecarte` a dismiss reason (`autre` with a note), `refuse`
// a refusal reason, `accorde` the granted monthly amount and start date; a note everywhere. A field
// another target needs is refused ("champ inconnu"), so a misplaced value never goes unseen.
const note = z
  .string({ error: 'doit être un texte' })
  .max(MAX_TRANSITION_NOTE_LENGTH, `ne doit pas dépasser ${MAX_TRANSITION_NOTE_LENGTH} caractères`)
  .nullish()
  .transform((n) => (n == null || n.trim() === '' ? null : n));
type PlainTarget = Exclude<DetectedRightStatus, 'ecarte' | 'refuse' | 'accorde'>;
const PLAIN_TARGETS = DETECTED_RIGHT_STATUSES.filter((s): s is PlainTarget => s !== 'ecarte' && s !== 'refuse' && s !== 'accorde') as [
  PlainTarget,
  ...PlainTarget[],
];

export const transitionInput = z.discriminatedUnion(
  'to',
  [
    z
      .strictObject({
        to: z.literal('ecarte'),
        reason: z.enum(DISMISS_REASONS, { error: `motif obligatoire parmi : ${DISMISS_REASONS.join(', ')}` }),
        note,
      })
      .refine((t) => t.reason !== 'autre' || t.note !== null, { path: ['note'], message: 'précisez le motif dans la note' }),
    z.strictObject({
      to: z.literal('refuse'),
      reason: z.enum(REFUSAL_REASONS, { error: `motif obligatoire parmi : ${REFUSAL_REASONS.join(', ')}` }),
      note,
    }),
    z.strictObject({
      to: z.literal('accorde'),
      grantedMonthlyAmountCents: z
        .number({ error: 'montant mensuel accordé obligatoire, en centimes, entier ≥ 0' })
        .int('montant mensuel accordé obligatoire, en centimes, entier ≥ 0')
        .min(0, 'montant mensuel accordé obligatoire, en centimes, entier ≥ 0')
        .max(100_000_000, 'montant invraisemblable')
        .describe('Montant mensuel accordé en centimes'),
      grantedFrom: date('2026-03-01', "date d'ouverture du droit obligatoire (AAAA-MM-JJ)"),
      note,
    }),
    z.strictObject({ to: z.enum(PLAIN_TARGETS), note }),
  ],
  { error: orRequired(`état visé obligatoire parmi : ${DETECTED_RIGHT_STATUSES.join(', ')}`) },
) satisfies z.ZodType<ValidTransition, unknown>;
/** A union cannot be a class: the controller validates with `new ZodBodyPipe(TransitionInputDto)`. */
export const TransitionInputDto = createZodDto(transitionInput);
Object.defineProperty(TransitionInputDto, 'name', { value: 'TransitionInputDto' });
export type TransitionInput = z.output<typeof transitionInput>;

export class AllowedTransitionDto extends createZodDto(
  z.object({
    to: enumText(DETECTED_RIGHT_STATUSES),
    label: z.string().meta({ example: 'Confirmer le droit' }),
    requires: z.array(z.string()).meta({ example: ['reason'] }),
  }),
) {}

const transition = z.object({
  id: guid(),
  from: enumText(DETECTED_RIGHT_STATUSES).nullable(),
  to: enumText(DETECTED_RIGHT_STATUSES),
  at: timestamp(),
  actorId: guid().nullable(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});
export class TransitionDto extends createZodDto(transition) {}

const detectedRight = z.object({
  id: guid(),
  householdId: guid(),
  householdReference: z.string(),
  applicantName: z.string().nullable(),
  communeName: z.string().nullable(),
  referentId: guid().nullable(),
  benefit: enumText(DETECTABLE_BENEFITS),
  status: enumText(DETECTED_RIGHT_STATUSES),
  estimatedAmountCents: z.number().int(),
  amountPeriod: enumText(['mensuel', 'annuel']),
  annualAmountCents: z.number().int().describe('Montant annuel (mensuel × 12)'),
  receivedAmountCents: z.number().int().nullable(),
  evaluatedPeriod: z.string().nullable().meta({ example: '2026-03' }),
  confidence: enumText(CONFIDENCES),
  source: enumText(RIGHT_SOURCES),
  missingInputs: z.array(z.string()),
  ruleVersion: z.string().nullable(),
  dismissReason: enumText(DISMISS_REASONS).nullable(),
  refusalReason: enumText(REFUSAL_REASONS).nullable(),
  grantedMonthlyAmountCents: z.number().int().nullable(),
  grantedFrom: z.string().meta({ format: 'date' }).nullable(),
  outreachBlockedUntil: z.string().meta({ format: 'date' }).nullable().describe('Refus de la personne : aucune relance avant cette date'),
  statusChangedAt: timestamp(),
  detectedAt: timestamp(),
  lastEvaluatedAt: timestamp(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});
export class DetectedRightDto extends createZodDto(detectedRight) {}

export class DetectedRightDetailDto extends createZodDto(
  detectedRight.extend({
    explanation: z.array(explanationStep),
    parameterDates: z.record(z.string(), z.unknown()),
    transitions: z.array(transition),
    allowedTransitions: z.array(AllowedTransitionDto.schema),
  }),
) {}
