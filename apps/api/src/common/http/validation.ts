import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldError } from '../errors/domain-errors';

// A wrong type says more than a wrong length: report the type error first.
const TYPE_CHECKS = ['isString', 'isInt', 'isBoolean', 'isUuid', 'isEmail', 'isArray', 'isIn', 'isCalendarDate', 'matches'];

function pickMessage(constraints: Record<string, string>): string {
  const key = TYPE_CHECKS.find((k) => k in constraints) ?? Object.keys(constraints)[0];
  return constraints[key];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const message = e.constraints.whitelistValidation
        ? 'champ inconnu'
        : e.constraints.nestedValidation
          ? 'doit être un objet'
          : pickMessage(e.constraints);
      out.push({ field: path, message });
    }
    if (e.children?.length) out.push(...flatten(e.children, path));
  }
  return out;
}

export function flattenValidationErrors(errors: ValidationError[]): FieldError[] {
  return flatten(errors);
}

/** Bodies must be JSON objects: an absent body or an array is a 400, not an empty record. */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new ValidationFailedError([{ field: 'body', message: 'un objet JSON est attendu' }]);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // No implicit conversion: "12" is not a number, "true" is not a boolean.
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}
