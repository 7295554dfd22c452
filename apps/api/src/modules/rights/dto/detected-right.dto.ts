import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { body, cents, date, int, list, month, object, oneOf, orRequired, text, uuid } from '../../../common/http/zod-fields';

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
        .describe('Montant mensuel accordé en centimes'),
      grantedFrom: date('2026-03-01', "date d'ouverture du droit obligatoire (AAAA-MM-JJ)"),
      note,
    }),
    z.strictObject({ to: z.enum(PLAIN_TARGETS), note }),
  ],
  { error: orRequired(`état visé obligatoire parmi : ${DETECTED_RIGHT_STATUSES.join(', ')}`) },
) satisfies z.ZodType<ValidTransition, unknown>;
/** A union cannot be a class: the controller validates with `new ValidationPipe(TransitionInputDto)`. */
export const TransitionInputDto = createZodDto(transitionInput);
Object.defineProperty(TransitionInputDto, 'name', { value: 'TransitionInputDto' });
export type TransitionInput = z.output<typeof transitionInput>;

export class AllowedTransitionDto {
  @ApiProperty({ enum: DETECTED_RIGHT_STATUSES }) to!: string;
  @ApiProperty({ example: 'Confirmer le droit' }) label!: string;
  @ApiProperty({ type: [String], example: ['reason'] }) requires!: string[];
}

export class TransitionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ nullable: true }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty() at!: Date;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) actorId!: string | null;
  @ApiPropertyOptional({ nullable: true }) actorName!: string | null;
  @ApiPropertyOptional({ nullable: true }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
}

export class DetectedRightDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() householdReference!: string;
  @ApiPropertyOptional({ nullable: true }) applicantName!: string | null;
  @ApiPropertyOptional({ nullable: true }) communeName!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) referentId!: string | null;
  @ApiProperty({ enum: DETECTABLE_BENEFITS }) benefit!: string;
  @ApiProperty({ enum: DETECTED_RIGHT_STATUSES }) status!: string;
  @ApiProperty() estimatedAmountCents!: number;
  @ApiProperty({ enum: ['mensuel', 'annuel'] }) amountPeriod!: string;
  @ApiProperty({ description: 'Montant annuel (mensuel × 12)' }) annualAmountCents!: number;
  @ApiPropertyOptional({ nullable: true }) receivedAmountCents!: number | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-03' }) evaluatedPeriod!: string | null;
  @ApiProperty({ enum: CONFIDENCES }) confidence!: string;
  @ApiProperty({ enum: RIGHT_SOURCES }) source!: string;
  @ApiProperty({ type: [String] }) missingInputs!: string[];
  @ApiPropertyOptional({ nullable: true }) ruleVersion!: string | null;
  @ApiPropertyOptional({ nullable: true }) dismissReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) refusalReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) grantedMonthlyAmountCents!: number | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) grantedFrom!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'Refus de la personne : aucune relance avant cette date' })
  outreachBlockedUntil!: string | null;
  @ApiProperty() statusChangedAt!: Date;
  @ApiProperty() detectedAt!: Date;
  @ApiProperty() lastEvaluatedAt!: Date;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class DetectedRightDetailDto extends DetectedRightDto {
  @ApiProperty({ type: [ExplanationStepDto] }) explanation!: ExplanationStepDto[];
  @ApiProperty({ type: 'object', additionalProperties: true }) parameterDates!: Record<string, unknown>;
  @ApiProperty({ type: [TransitionDto] }) transitions!: TransitionDto[];
  @ApiProperty({ type: [AllowedTransitionDto] }) allowedTransitions!: AllowedTransitionDto[];
}

