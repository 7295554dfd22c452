import {
  ACTIVITIES,
  BENEFITS,
  HOUSEHOLD_STATUSES,
  HOUSING_AID_ZONES,
  HOUSING_STATUSES,
  HOUSING_TYPES,
  INCOME_KINDS,
  RELATIONSHIPS,
  type Activity,
  type Benefit,
  type HouseholdStatus,
  type HousingAidZone,
  type HousingStatus,
  type HousingType,
  type IncomeKind,
  type Relationship,
} from '@recours/domain';
import {
  BoolField,
  CentsField,
  DateField,
  EmailField,
  EnumField,
  IntField,
  MonthField,
  NestedArray,
  ReadOnlyField,
  TextField,
  UuidField,
} from '../../../common/http/fields';

// Inputs for POST /api/households and PUT /api/households/:id (same shape).
// On PUT an absent field is left unchanged and null clears it; a `members`, `incomes` or
// `receivedBenefits` list, when present, is the complete list: items with an `id` are updated,
// items without are created, existing items missing from the list are deleted.

export class IncomeInputDto {
  @UuidField({ optional: true, description: 'Absent : nouveau revenu' }) id?: string;
  @EnumField(INCOME_KINDS) kind!: IncomeKind;
  @CentsField() monthlyAmountCents!: number;
  @MonthField() startMonth!: string;
  @MonthField({ nullable: true, description: 'Dernier mois inclus ; vide si le revenu continue' }) endMonth?: string | null;
  @ReadOnlyField() personId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

const PHONE: [RegExp, string] = [/^\+?[0-9 .\-()]{6,30}$/, 'doit être un numéro de téléphone'];

export class MemberInputDto {
  @UuidField({ optional: true, description: 'Absent : nouveau membre' }) id?: string;
  @TextField({ max: 100 }) firstName!: string;
  @TextField({ max: 100 }) lastName!: string;
  @DateField({ nullable: true, example: '1985-04-12' }) birthDate?: string | null;
  @EnumField(RELATIONSHIPS) relationship!: Relationship;
  @EnumField(ACTIVITIES, { nullable: true }) activity?: Activity | null;
  @BoolField({ optional: true, description: 'Handicap reconnu (donnée sensible)' }) disabilityRecognised?: boolean;
  @IntField({ nullable: true, min: 0, max: 100, description: "Taux d'incapacité (%)" }) incapacityRate?: number | null;
  @TextField({ nullable: true, max: 30, pattern: PHONE }) phone?: string | null;
  @EmailField({ nullable: true }) email?: string | null;
  @NestedArray(() => IncomeInputDto, { optional: true, max: 30 }) incomes?: IncomeInputDto[];
  @ReadOnlyField() householdId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class ReceivedBenefitInputDto {
  @UuidField({ optional: true, description: 'Absent : nouvelle prestation' }) id?: string;
  @EnumField(BENEFITS) benefit!: Benefit;
  @CentsField() monthlyAmountCents!: number;
  @DateField({ nullable: true }) since?: string | null;
  @ReadOnlyField() householdId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class HouseholdInputDto {
  @TextField({ nullable: true, max: 300, example: '12 rue des Lilas' }) address?: string | null;
  @TextField({ nullable: true, max: 5, pattern: [/^\d{5}$/, 'doit être un code postal à 5 chiffres'], example: '23000' })
  postcode?: string | null;
  @TextField({ nullable: true, max: 5, pattern: [/^(\d{5}|2[AB]\d{3})$/, 'doit être un code commune INSEE (5 caractères)'], example: '23096' })
  communeInsee?: string | null;
  @TextField({ nullable: true, max: 200, example: 'Guéret' }) communeName?: string | null;
  @EnumField(HOUSING_STATUSES, { nullable: true }) housingStatus?: HousingStatus | null;
  @EnumField(HOUSING_TYPES, { nullable: true }) housingType?: HousingType | null;
  @CentsField({ nullable: true, description: 'Loyer mensuel en centimes' }) monthlyRentCents?: number | null;
  @EnumField(HOUSING_AID_ZONES, { nullable: true }) housingAidZone?: HousingAidZone | null;
  @UuidField({ nullable: true, description: "Intervenant·e référent·e (de l'organisation)" }) referentId?: string | null;
  @EnumField(HOUSEHOLD_STATUSES, { optional: true }) status?: HouseholdStatus;
  @DateField({ nullable: true }) lastContactOn?: string | null;
  @NestedArray(() => MemberInputDto, { optional: true, max: 20 }) members?: MemberInputDto[];
  @NestedArray(() => ReceivedBenefitInputDto, { optional: true, max: 30 }) receivedBenefits?: ReceivedBenefitInputDto[];
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() reference?: unknown;
  @ReadOnlyField() organisationId?: unknown;
  @ReadOnlyField() territoryId?: unknown;
  @ReadOnlyField() referent?: unknown;
  @ReadOnlyField() memberCount?: unknown;
  @ReadOnlyField() applicantName?: unknown;
  @ReadOnlyField() detectionRequestedAt?: unknown;
  @ReadOnlyField() detectedAt?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

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
