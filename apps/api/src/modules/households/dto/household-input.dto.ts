import {
  ACTIVITIES,
  BENEFITS,
  HOUSEHOLD_STATUSES,
  HOUSING_AID_ZONES,
  HOUSING_STATUSES,
  HOUSING_TYPES,
  INCOME_KINDS,
  RELATIONSHIPS,
} from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { bool, body, cents, date, email, int, list, month, oneOf, oneOfNumbers, text, uuid } from '../../../common/http/zod-fields';

// Inputs for POST /api/households and PUT /api/households/:id (same shape).
// On PUT an absent field is left unchanged and null clears it; a `members`, `incomes` or
// `receivedBenefits` list, when present, is the complete list: items with an `id` are updated,
// items without are created, existing items missing from the list are deleted.
// Read-only fields returned by GET (`id`, `createdAt`…) may be sent back: accepted, ignored.

const TIMESTAMPS = ['createdAt', 'updatedAt'] as const;

export const incomeInput = body(
  {
    id: uuid().optional().describe('Absent : nouveau revenu'),
    kind: oneOf(INCOME_KINDS),
    monthlyAmountCents: cents().describe('Montant mensuel en centimes'),
    startMonth: month(),
    endMonth: month().nullish().describe('Dernier mois inclus ; vide si le revenu continue'),
  },
  ['personId', ...TIMESTAMPS],
);

const PHONE: [RegExp, string] = [/^\+?[0-9 .\-()]{6,30}$/, 'doit être un numéro de téléphone'];

export const memberInput = body(
  {
    id: uuid().optional().describe('Absent : nouveau membre'),
    firstName: text({ max: 100 }),
    lastName: text({ max: 100 }),
    birthDate: date('1985-04-12').nullish(),
    relationship: oneOf(RELATIONSHIPS),
    activity: oneOf(ACTIVITIES).nullish(),
    disabilityRecognised: bool().optional().describe('Handicap reconnu (donnée sensible)'),
    incapacityRate: int({ min: 0, max: 100 }).nullish().describe("Taux d'incapacité (%)"),
    phone: text({ max: 30, pattern: PHONE }).nullish(),
    email: email().nullish(),
    incomes: list(incomeInput, 30).optional(),
  },
  ['householdId', ...TIMESTAMPS],
);

export const receivedBenefitInput = body(
  {
    id: uuid().optional().describe('Absent : nouvelle prestation'),
    benefit: oneOf(BENEFITS),
    monthlyAmountCents: cents().describe('Montant mensuel en centimes'),
    since: date().nullish(),
  },
  ['householdId', ...TIMESTAMPS],
);

export const householdInput = body(
  {
    address: text({ max: 300 }).nullish().meta({ example: '12 rue des Lilas' }),
    postcode: text({ max: 5, pattern: [/^\d{5}$/, 'doit être un code postal à 5 chiffres'] }).nullish().meta({ example: '23000' }),
    communeInsee: text({ max: 5, pattern: [/^(\d{5}|2[AB]\d{3})$/, 'doit être un code commune INSEE (5 caractères)'] })
      .nullish()
      .meta({ example: '23096' }),
    communeName: text({ max: 200 }).nullish().meta({ example: 'Guéret' }),
    housingStatus: oneOf(HOUSING_STATUSES).nullish(),
    housingType: oneOf(HOUSING_TYPES).nullish(),
    monthlyRentCents: cents().nullish().describe('Loyer mensuel en centimes'),
    housingAidZone: oneOfNumbers(HOUSING_AID_ZONES).nullish(),
    referentId: uuid().nullish().describe("Intervenant·e référent·e (de l'organisation)"),
    status: oneOf(HOUSEHOLD_STATUSES).optional(),
    lastContactOn: date().nullish(),
    declarationHelpRequested: bool()
      .optional()
      .describe("Aide demandée pour les déclarations trimestrielles (RSA, prime d'activité) : une tâche pour le ou la référent·e avant chaque déclaration"),
    members: list(memberInput, 20).optional(),
    receivedBenefits: list(receivedBenefitInput, 30).optional(),
  },
  [
    'id',
    'reference',
    'organisationId',
    'territoryId',
    'referent',
    'memberCount',
    'applicantName',
    'detectionRequestedAt',
    'detectedAt',
    ...TIMESTAMPS,
  ],
);

export class IncomeInputDto extends createZodDto(incomeInput) {}
export class MemberInputDto extends createZodDto(memberInput) {}
export class ReceivedBenefitInputDto extends createZodDto(receivedBenefitInput) {}
export class HouseholdInputDto extends createZodDto(householdInput) {}

export const HOUSEHOLD_FIELDS = [
  'address',
  'postcode',
  'communeInsee',
  'communeName',
  'housingStatus',
  'housingType',
  'monthlyRentCents',
  'housingAidZone',
  'referentId',
  'status',
  'lastContactOn',
  'declarationHelpRequested',
] as const satisfies readonly (keyof HouseholdInputDto)[];

export const PERSON_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'relationship',
  'activity',
  'disabilityRecognised',
  'incapacityRate',
  'phone',
  'email',
] as const satisfies readonly (keyof MemberInputDto)[];

export const INCOME_FIELDS = ['kind', 'monthlyAmountCents', 'startMonth', 'endMonth'] as const satisfies readonly (keyof IncomeInputDto)[];

export const BENEFIT_FIELDS = ['benefit', 'monthlyAmountCents', 'since'] as const satisfies readonly (keyof ReceivedBenefitInputDto)[];
