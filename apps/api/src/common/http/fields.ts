// Validation + OpenAPI decorators with French messages, so DTOs read as one line per field.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  registerDecorator,
} from 'class-validator';

interface Common {
  /** May be absent (create: default applies; update: unchanged). */
  optional?: boolean;
  /** May be null (clears the value). Implies optional. */
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

function presence(o: Common) {
  if (o.nullable) return ValidateIf((_, v) => v !== undefined && v !== null);
  // Optional but not nullable: absent is fine, an explicit null is validated (and rejected).
  if (o.optional) return ValidateIf((_, v) => v !== undefined);
  return undefined;
}

function api(o: Common, extra: Record<string, unknown>) {
  return ApiProperty({
    required: !(o.optional || o.nullable),
    nullable: o.nullable,
    description: o.description,
    example: o.example,
    ...extra,
  });
}

function compose(o: Common, openapi: Record<string, unknown>, ...validators: PropertyDecorator[]) {
  const p = presence(o);
  return applyDecorators(api(o, openapi), ...(p ? [p] : []), ...validators);
}

export function TextField(o: Common & { max: number; min?: number; pattern?: [RegExp, string] }) {
  const v: PropertyDecorator[] = [
    IsString({ message: 'doit être un texte' }),
    MinLength(o.min ?? 1, { message: o.min && o.min > 1 ? `doit faire au moins ${o.min} caractères` : 'est obligatoire' }),
    MaxLength(o.max, { message: `doit faire au plus ${o.max} caractères` }),
  ];
  if (o.pattern) v.push(Matches(o.pattern[0], { message: o.pattern[1] }));
  return compose(o, { type: String, maxLength: o.max, minLength: o.min ?? 1 }, ...v);
}

export function EnumField(values: readonly (string | number)[], o: Common = {}) {
  return compose(
    o,
    { enum: [...values] },
    IsIn([...values], { message: `doit valoir l'une des valeurs : ${values.join(', ')}` }),
  );
}

export function IntField(o: Common & { min: number; max: number }) {
  return compose(
    o,
    { type: 'integer', minimum: o.min, maximum: o.max },
    IsInt({ message: 'doit être un nombre entier' }),
    Min(o.min, { message: `doit être supérieur ou égal à ${o.min}` }),
    Max(o.max, { message: `doit être inférieur ou égal à ${o.max}` }),
  );
}

/** Money: integer cents, ≥ 0. 100 000 000 cents = 1 M€ per month, far above any real income. */
export function CentsField(o: Common = {}) {
  return compose(
    o,
    { type: 'integer', minimum: 0, description: o.description ?? 'Montant mensuel en centimes' },
    IsInt({ message: 'doit être un montant entier en centimes' }),
    Min(0, { message: 'doit être positif ou nul' }),
    Max(100_000_000, { message: 'montant invraisemblable' }),
  );
}

export function BoolField(o: Common = {}) {
  return compose(o, { type: Boolean }, IsBoolean({ message: 'doit être vrai ou faux' }));
}

export function UuidField(o: Common = {}) {
  return compose(o, { type: String, format: 'uuid' }, IsUUID('all', { message: 'doit être un identifiant (UUID)' }));
}

export function EmailField(o: Common = {}) {
  return compose(
    o,
    { type: String, format: 'email', maxLength: 254 },
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({}, { message: 'doit être une adresse e-mail valide' }),
    MaxLength(254, { message: 'doit faire au plus 254 caractères' }),
  );
}

function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

function IsCalendarDate(message: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message },
      validator: { validate: isCalendarDate },
    });
}

/** A date of law: `YYYY-MM-DD`, no time, no time zone. */
export function DateField(o: Common = {}) {
  return compose(o, { type: String, format: 'date', example: o.example ?? '2026-01-31' }, IsCalendarDate('doit être une date AAAA-MM-JJ'));
}

export function MonthField(o: Common = {}) {
  return compose(
    o,
    { type: String, pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: o.example ?? '2026-01' },
    IsString({ message: 'doit être un mois AAAA-MM' }),
    Matches(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, { message: 'doit être un mois AAAA-MM' }),
  );
}

export function NestedArray(type: () => new () => object, o: Common & { max: number }) {
  return compose(
    o,
    { type: () => [type()] },
    IsArray({ message: 'doit être une liste' }),
    ArrayMaxSize(o.max, { message: `doit contenir au plus ${o.max} éléments` }),
    ValidateNested({ each: true }),
    Type(type),
  );
}

/**
 * Returned by the API and sent back as-is by react-admin on save: accepted so that round trips
 * work, never read by services. Anything else unknown is rejected.
 */
export function ReadOnlyField() {
  return applyDecorators(Allow());
}

export { isCalendarDate };
