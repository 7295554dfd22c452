// fast-check arbitraries from the OpenAPI document's schemas (OpenAPI 3.0: JSON Schema plus
// `nullable`). Mostly values the schema allows, sometimes values it refuses (wrong type, out of
// bounds, unknown field, hostile text), so a run exercises both the happy path and the 400s.
import fc, { type Arbitrary } from 'fast-check';

export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  readOnly?: boolean;
};

export interface ArbitraryOptions {
  /** Resolves `#/components/schemas/X`. */
  resolve(ref: string): Schema;
  /** Ids that exist (fixtures, ids seen in responses), so a generated uuid often names a real record. */
  ids: () => string[];
  /** Chance (0–1) of an invalid value at each node. */
  invalid: number;
}

/** Text that broke servers before: NUL, lone surrogates, SQL and LIKE metacharacters, huge numbers. */
const hostileText = fc.constantFrom('\u0000', 'a\u0000b', '\ud800', "'; DROP TABLE household; --", '%_\\', '9'.repeat(30), ' ', '2026-02-30', '9999-12-31', 'null');
const hostileNumber = fc.constantFrom(-1, 2 ** 31, 2 ** 53, 1e19, -1e19, 0.5, Number.MAX_SAFE_INTEGER);
/** Any JSON value: the wrong type for the field, most of the time. */
const anyJson = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), hostileNumber, fc.string({ maxLength: 20 }), hostileText, fc.constant([]), fc.constant({}));

const calendarDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const moment = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

export function arbitraryOf(schema: Schema, o: ArbitraryOptions, depth = 0): Arbitrary<unknown> {
  const valid = validArbitrary(schema, o, depth);
  if (o.invalid <= 0 || depth > 4) return valid;
  const weight = Math.round(o.invalid * 100);
  return fc.oneof({ arbitrary: valid, weight: 100 - weight }, { arbitrary: anyJson, weight });
}

function validArbitrary(schema: Schema, o: ArbitraryOptions, depth: number): Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf({ ...o.resolve(schema.$ref), ...(schema.nullable ? { nullable: true } : {}) }, o, depth);
  const base = nonNull(schema, o, depth);
  return schema.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

function nonNull(schema: Schema, o: ArbitraryOptions, depth: number): Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => arbitraryOf(v, o, depth + 1)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf.map((s) => (s.$ref ? o.resolve(s.$ref) : s))), o, depth);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringOf(schema, o);
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -(2 ** 31)), max: Math.min(schema.maximum ?? 1_000_000, 2 ** 31 - 1) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schema.items ? arbitraryOf(schema.items, o, depth + 1) : anyJson;
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case 'object':
    case undefined:
      if (!schema.properties && schema.type === undefined) return anyJson;
      return objectOf(schema, o, depth);
    default:
      return anyJson;
  }
}

function stringOf(schema: Schema, o: ArbitraryOptions): Arbitrary<unknown> {
  if (schema.format === 'uuid') return fc.oneof(fc.constant(null).chain(() => (o.ids().length ? fc.constantFrom(...o.ids()) : fc.uuid())), fc.uuid());
  if (schema.format === 'date') return calendarDate;
  if (schema.format === 'date-time') return moment;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? Infinity));
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min, 40));
  return fc.oneof({ arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 4 }, { arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }), weight: 1 });
}

function objectOf(schema: Schema, o: ArbitraryOptions, depth: number): Arbitrary<unknown> {
  const props = Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([, s]) => !s.readOnly)
      .map(([k, s]) => [k, arbitraryOf(s, o, depth + 1)]),
  );
  const required = (schema.required ?? []).filter((k) => k in props);
  let record: Arbitrary<Record<string, unknown>> = fc.record(props, { requiredKeys: required });
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames ? (arbitraryOf(schema.propertyNames, { ...o, invalid: 0 }) as Arbitrary<string>) : fc.string({ minLength: 1, maxLength: 12 });
    const extra = fc.dictionary(keys, arbitraryOf(schema.additionalProperties, o, depth + 1), { maxKeys: 3 });
    record = fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }));
  }
  if (o.invalid <= 0) return record;
  // Sometimes a required field goes missing, or an unknown one appears.
  return fc.oneof(
    { arbitrary: record, weight: 8 },
    { arbitrary: fc.tuple(record, fc.constantFrom(...(required.length ? required : ['__none']))).map(([r, k]) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== k))), weight: 1 },
    { arbitrary: record.map((r) => ({ ...r, inconnu: 1 })), weight: 1 },
  );
}
